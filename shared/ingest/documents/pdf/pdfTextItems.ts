import type { TextRun } from './pdfTypes';

/** The page's runs in the frame of its main text direction, with text set at other angles kept apart. */
export interface PageRuns {
  runs: TextRun[];
  /** Lines of text at other angles (stamps, rotated margin notes), in content order. */
  offAxis: string[];
  /** The page box's top and bottom edges in the frame of `runs`. */
  top: number;
  bottom: number;
}

/** A page box `[x0, y0, x1, y1]` in PDF user space. */
export type PageBox = readonly [number, number, number, number];

interface RawItem {
  str: string;
  a: number;
  b: number;
  e: number;
  f: number;
  width: number;
  size: number;
  rtl: boolean;
  font: string;
  eol: boolean;
  /** 0, 90, 180 or 270 for text along an axis, -1 for any other angle. */
  angle: number;
}

// C0 controls and DEL never belong in text; a tab is a gap.
// eslint-disable-next-line no-control-regex -- dropping stray control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const TAB_OR_BREAK = /[\t\n\r]/g;

const SPACES = / {2,}/g;
/**
 * Bullets of symbol fonts (Symbol, Wingdings, OpenSymbol) that pdf.js can only give as private-use code
 * points; a list item should start with a bullet a reader can see.
 */
const SYMBOL_FONT_CHAR = /[\uF000-\uF0FF]/g;
const SYMBOL_BULLETS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF095': '•',
  '\uF06C': '●',
  '\uF0A7': '▪',
  '\uF06E': '■',
  '\uF0A8': '◦',
  '\uF0D8': '➢',
  '\uF0E8': '➔',
  '\uF076': '❖',
  '\uF0FC': '✓',
  '\uF02D': '-',
};

function symbolBullet(char: string): string {
  return SYMBOL_BULLETS[char] ?? char;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_CLEANING = /[\u0000-\u001F\u007F\uF000-\uF0FF]/;

/** The item's text without control characters, with tabs as spaces and symbol-font bullets as bullets. */
function cleanText(str: string): string {
  if (!NEEDS_CLEANING.test(str)) return str;
  return str.replace(CONTROL, '').replace(TAB_OR_BREAK, ' ').replace(SYMBOL_FONT_CHAR, symbolBullet);
}

function pushLine(lines: string[], line: string): void {
  const text = line.replace(SPACES, ' ').trim();
  if (text !== '') lines.push(text);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function angleOf(a: number, b: number): number {
  const slack = 0.02;
  if (Math.abs(b) <= slack * Math.abs(a)) return a > 0 ? 0 : 180;
  if (Math.abs(a) <= slack * Math.abs(b)) return b > 0 ? 90 : 270;
  return -1;
}

/** Checks one pdf.js text item (`unknown` from the loader) and keeps what layout needs. */
function readItem(item: unknown): RawItem | null {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const str = record.str;
  const transform = record.transform;
  if (typeof str !== 'string' || !Array.isArray(transform) || transform.length < 6) return null;
  const [a, b, c, d, e, f] = transform as unknown[];
  if (!finite(a) || !finite(b) || !finite(c) || !finite(d) || !finite(e) || !finite(f)) return null;
  const scale = Math.hypot(a, b);
  // The font size is the height of the em square across the baseline (skew of oblique fonts ignored).
  const size = scale > 0 ? Math.abs(a * d - b * c) / scale : Math.abs(d);
  const width = finite(record.width) && record.width > 0 ? record.width : 0;
  return {
    str: cleanText(str),
    a,
    b,
    e,
    f,
    width,
    size: size > 0 ? size : 1,
    rtl: record.dir === 'rtl',
    font: typeof record.fontName === 'string' ? record.fontName : '',
    eol: record.hasEOL === true,
    angle: scale > 0 ? angleOf(a, b) : 0,
  };
}

/**
 * Reads pdf.js text items into runs. Runs along the page's main text direction (by characters; almost always
 * left to right, but a landscape page may be set at 90°) are turned into a frame where that direction is
 * +x and lines stack downwards in -y; empty and white-space-only items are dropped (spacing comes from the
 * geometry).
 */
export function readTextRuns(items: readonly unknown[], box: PageBox): PageRuns {
  const raw: RawItem[] = [];
  const charsByAngle = new Map<number, number>();
  for (const item of items) {
    const read = readItem(item);
    if (read === null) continue;
    raw.push(read);
    if (read.str.trim() !== '') charsByAngle.set(read.angle, (charsByAngle.get(read.angle) ?? 0) + read.str.length);
  }
  let angle = 0;
  let most = 0;
  for (const [candidate, chars] of charsByAngle) {
    if (candidate >= 0 && chars > most) {
      angle = candidate;
      most = chars;
    }
  }
  const radians = (angle * Math.PI) / 180;
  const ux = Math.round(Math.cos(radians));
  const uy = Math.round(Math.sin(radians));
  // x' = p·u along the text, y' = p·v across it, with v = u turned by +90°.
  const frameX = (x: number, y: number) => x * ux + y * uy;
  const frameY = (x: number, y: number) => -x * uy + y * ux;

  const runs: TextRun[] = [];
  const offAxis: string[] = [];
  let offLine = '';
  for (const item of raw) {
    if (item.angle === angle) {
      if (item.str.trim() === '') continue;
      runs.push({ str: item.str, x: frameX(item.e, item.f), y: frameY(item.e, item.f), width: item.width, size: item.size, rtl: item.rtl, font: item.font });
      continue;
    }
    // pdf.js puts its own space items between words of a run, so the strings are joined as they come.
    offLine += item.str;
    if (item.eol) {
      pushLine(offAxis, offLine);
      offLine = '';
    }
  }
  pushLine(offAxis, offLine);

  const [x0, y0, x1, y1] = box;
  const ys = [frameY(x0, y0), frameY(x0, y1), frameY(x1, y0), frameY(x1, y1)];
  return { runs, offAxis, top: Math.max(...ys), bottom: Math.min(...ys) };
}
