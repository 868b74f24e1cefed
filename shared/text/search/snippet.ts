import type { TextRange } from './textRange';

/**
 * A piece of a snippet: plain text, the hit the snippet is about ('hit'), or another hit nearby ('other').
 * The UI renders the pieces as text and <mark> elements, never as HTML.
 */
export interface SnippetPart {
  text: string;
  mark: 'hit' | 'other' | null;
}

export interface SnippetOptions {
  /** How much text to show before and after the hit (UTF-16 units, then moved to word boundaries). */
  before: number;
  after: number;
  /** A longer hit shows its beginning and end around an ellipsis. */
  maxHit: number;
}

export const SNIPPET: SnippetOptions = { before: 70, after: 130, maxHit: 240 };

const ELLIPSIS = '…';

function plain(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil(max * 0.6);
  return `${text.slice(0, head).trimEnd()} ${ELLIPSIS} ${text.slice(text.length - (max - head)).trimStart()}`;
}

/** Moves `at` back to the start of the word it is in (not before `floor`). */
function wordStartAtOrAfter(text: string, at: number, floor: number): number {
  if (at <= floor) return floor;
  if (/\s/u.test(text[at - 1] as string)) return at;
  const space = text.slice(at, at + 30).search(/\s/u);
  return space === -1 ? at : at + space + 1;
}

function wordEndAtOrBefore(text: string, at: number, ceiling: number): number {
  if (at >= ceiling) return ceiling;
  if (/\s/u.test(text[at] as string)) return at;
  const window = text.slice(Math.max(0, at - 30), at);
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'));
  return space === -1 ? at : at - window.length + space;
}

/** Splits [from, to) of `text` into parts with the given ranges marked (ranges sorted, not overlapping). */
function markedParts(text: string, from: number, to: number, marks: readonly { range: TextRange; mark: 'hit' | 'other' }[], maxHit: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const { range, mark } of marks) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ text: plain(text.slice(at, start)), mark: null });
    parts.push({ text: shortened(plain(text.slice(start, end)), maxHit), mark });
    at = end;
  }
  if (at < to) parts.push({ text: plain(text.slice(at, to)), mark: null });
  return parts;
}

/**
 * A snippet of a paragraph (`block`, a range of `text`) around one hit, cut at word boundaries, with an
 * ellipsis where the paragraph goes on, the hit marked and the paragraph's other hits marked as 'other'.
 */
export function buildSnippet(text: string, block: TextRange, hit: TextRange, others: readonly TextRange[] = [], options: SnippetOptions = SNIPPET): SnippetPart[] {
  const from = wordStartAtOrAfter(text, Math.max(block.start, hit.start - options.before), block.start);
  const to = wordEndAtOrBefore(text, Math.min(block.end, hit.end + options.after), block.end);
  const start = Math.min(from, hit.start);
  const end = Math.max(to, hit.end);
  const marks = [...others.filter((other) => other.end > start && other.start < end && (other.start !== hit.start || other.end !== hit.end)).map((range) => ({ range, mark: 'other' as const })), { range: hit, mark: 'hit' as const }]
    .sort((a, b) => a.range.start - b.range.start)
    .filter((entry, index, list) => index === 0 || entry.range.start >= (list[index - 1] as { range: TextRange }).range.end);
  const parts = markedParts(text, start, end, marks, options.maxHit);
  return trimParts(parts, start > block.start, end < block.end);
}

/**
 * A passage about to be coded, with its hits marked: short passages whole, in long ones the stretches
 * between hits shortened around an ellipsis so every hit shows.
 */
export function passageParts(text: string, passage: TextRange, hits: readonly TextRange[], keep = 90): SnippetPart[] {
  const marks = hits
    .filter((hit) => hit.end > passage.start && hit.start < passage.end)
    .sort((a, b) => a.start - b.start)
    .map((range) => ({ range, mark: 'hit' as const }));
  const parts = markedParts(text, passage.start, passage.end, marks, SNIPPET.maxHit);
  const last = parts.length - 1;
  const shortenedParts = parts.map((part, index): SnippetPart => {
    if (part.mark !== null) return part;
    const limit = index === 0 || index === last ? keep : keep * 2;
    if (part.text.length <= limit) return part;
    if (index === 0 && parts.length > 1) return { text: `${ELLIPSIS} ${part.text.slice(part.text.length - keep).replace(/^\S*\s/u, '')}`, mark: null };
    if (index === last && parts.length > 1) return { text: `${part.text.slice(0, keep).replace(/\s\S*$/u, '')} ${ELLIPSIS}`, mark: null };
    if (parts.length === 1) return part;
    return { text: `${part.text.slice(0, keep).replace(/\s\S*$/u, '')} ${ELLIPSIS} ${part.text.slice(part.text.length - keep).replace(/^\S*\s/u, '')}`, mark: null };
  });
  return trimParts(shortenedParts, false, false);
}

/** Trims the snippet's outer white space and adds the ellipses where the paragraph goes on. */
function trimParts(parts: SnippetPart[], cutBefore: boolean, cutAfter: boolean): SnippetPart[] {
  const result = parts.filter((part) => part.text !== '');
  const first = result[0];
  if (first && first.mark === null) first.text = first.text.trimStart();
  const last = result.at(-1);
  if (last && last.mark === null) last.text = last.text.trimEnd();
  if (cutBefore) result.unshift({ text: `${ELLIPSIS} `, mark: null });
  if (cutAfter) result.push({ text: ` ${ELLIPSIS}`, mark: null });
  return result.filter((part) => part.text !== '');
}

/** The snippet as plain text (for accessible names and tests). */
export function snippetText(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
