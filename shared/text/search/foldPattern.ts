import { TABLE_SIZE, unitFold, type FoldOptions } from './foldText';

/**
 * The fast way to find a folded needle: a regular expression over the text as written that matches
 * exactly what folding would match (each needle character becomes the class of every character that
 * folds to it, invisible characters may sit anywhere inside), so the engine's native matcher does the
 * work and offsets need no mapping back. Texts with characters that fold to more than one character
 * (æ → ae, ligatures) or lie beyond the table take the slow path of folding the text.
 */
interface ModeClasses {
  /** Per folded unit: the class body of every unit that folds to it. */
  byUnit: Map<number, string>;
  /** Class body of the units that fold to nothing. */
  drop: string;
  /** Finds a character the fast path cannot handle. */
  complex: RegExp;
}

const modes = new Map<string, ModeClasses>();

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A class body for sorted codes, with runs written as ranges. */
function classBody(codes: readonly number[]): string {
  let body = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && (codes[j + 1] as number) === (codes[j] as number) + 1) j++;
    body += j > i ? `${hex(codes[i] as number)}-${hex(codes[j] as number)}` : hex(codes[i] as number);
    i = j + 1;
  }
  return body;
}

function classesFor(options: FoldOptions): ModeClasses {
  const key = `${options.caseSensitive ? 'C' : 'c'}${options.diacriticSensitive ? 'D' : 'd'}`;
  const known = modes.get(key);
  if (known) return known;
  const inverse = new Map<number, number[]>();
  const drop: number[] = [];
  const complex: number[] = [];
  for (let code = 0; code < TABLE_SIZE; code++) {
    const folded = unitFold(code, options);
    if (folded === -1) drop.push(code);
    else if (folded === -2) complex.push(code);
    else {
      const list = inverse.get(folded) ?? [];
      list.push(code);
      inverse.set(folded, list);
    }
  }
  const byUnit = new Map<number, string>();
  for (const [unit, codes] of inverse) byUnit.set(unit, classBody(codes));
  const found: ModeClasses = { byUnit, drop: classBody(drop), complex: new RegExp(`[${classBody(complex)}\\u3000-\\uffff]`, 'u') };
  modes.set(key, found);
  return found;
}

const WORD = '\\p{L}\\p{N}\\p{M}';

/**
 * A global, Unicode regular expression that finds `needle` (already folded in this mode) in text as
 * written: whole words unless `prefix` (then the rest of the word is taken), as findClause does on folded
 * text. Null when the needle holds a character no text character folds to alone.
 */
export function needlePattern(needle: string, options: FoldOptions, prefix: boolean, wordStart: boolean, wordEnd: boolean): RegExp | null {
  const { byUnit, drop } = classesFor(options);
  const skip = drop === '' ? '' : `[${drop}]*`;
  const parts: string[] = [];
  for (let i = 0; i < needle.length; i++) {
    const body = byUnit.get(needle.charCodeAt(i));
    if (body === undefined) return null;
    parts.push(needle.charCodeAt(i) === 32 ? `[${body}](?:[${body}${drop}])*?` : `[${body}]`);
  }
  let source = parts.join(skip);
  // Invisible characters are skipped as folding drops them: a word boundary is judged on the nearest
  // visible character before or after (never on a dropped one, such as a mark in the loose mode).
  const visible = drop === '' ? '' : `(?![${drop}])`;
  if (wordStart) source = `(?<=(?:^|${visible}[^${WORD}])${skip})${source}`;
  if (prefix) source += `(?:${skip}${visible}[${WORD}])*`;
  else if (wordEnd) source += `(?=${skip}${visible}(?:[^${WORD}]|$))`;
  return new RegExp(source, 'gu');
}

/** Whether the fast path can search this text in this mode. */
export function fastPathFits(text: string, options: FoldOptions): boolean {
  return !classesFor(options).complex.test(text);
}
