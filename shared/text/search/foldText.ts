/**
 * Swedish-aware folding for search. Å, ä and ö are letters of their own in Swedish, so a diacritic-
 * sensitive search keeps them apart from a and o; the loose mode folds them (and é, ü, ø, æ …) so that
 * "forsaljning" finds "försäljning". White space runs count as one space, invisible characters (soft
 * hyphens, zero-width spaces) as nothing, and typographic quotes and dashes as their keyboard forms.
 */
export interface FoldOptions {
  /** "Region" does not find "region". */
  caseSensitive: boolean;
  /** "år" does not find "ar", "idé" does not find "ide". */
  diacriticSensitive: boolean;
}

/** The loosest folding: what the index stores. */
export const LOOSE: FoldOptions = { caseSensitive: false, diacriticSensitive: false };

/**
 * A text folded for searching, with the way back: `origin[i]` is the offset in the source of the
 * character folded character `i` came from; `origin[text.length]` is the source's length.
 */
export interface FoldedText {
  text: string;
  origin: Int32Array;
}

const IGNORABLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const WHITE_SPACE = /^\s$/u;
const MARKS = /\p{M}/gu;
/** Letters that Unicode does not decompose but a loose search should still fold. */
const LOOSE_LETTERS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};
/** Typographic variants that a search typed on a keyboard should find. */
const VARIANTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Folds one character (one code point): ' ' for white space, '' for invisible ones, else its search form. */
export function foldCharacter(character: string, options: FoldOptions): string {
  if (IGNORABLE.test(character)) return '';
  if (WHITE_SPACE.test(character)) return ' ';
  const variant = VARIANTS[character];
  if (variant) return variant;
  let folded = options.diacriticSensitive ? character.normalize('NFC') : (LOOSE_LETTERS[character] ?? character.normalize('NFKD').replace(MARKS, ''));
  if (!options.caseSensitive) folded = folded.toLowerCase();
  return folded;
}

/** Per mode: the folded form of each UTF-16 unit below TABLE_SIZE (0 not known yet, DROP, COMPLEX, else the unit). */
export const TABLE_SIZE = 0x3000;
const DROP = 0xffff;
const COMPLEX = 0xfffe;
interface ModeTables {
  units: Uint16Array;
  /** Folded forms of characters that are not one unit in, one unit out. */
  complex: Map<string, string>;
}
const tables = new Map<string, ModeTables>();

function tablesFor(options: FoldOptions): ModeTables {
  const key = `${options.caseSensitive ? 'C' : 'c'}${options.diacriticSensitive ? 'D' : 'd'}`;
  let found = tables.get(key);
  if (!found) {
    found = { units: new Uint16Array(TABLE_SIZE), complex: new Map() };
    tables.set(key, found);
  }
  return found;
}

/**
 * How one UTF-16 unit below TABLE_SIZE folds: the unit it becomes (32 for white space), -1 when it folds to
 * nothing (invisible characters; combining marks in the loose mode), -2 when it becomes more than one unit.
 */
export function unitFold(code: number, options: FoldOptions): number {
  const { units: table, complex } = tablesFor(options);
  let folded = table[code] as number;
  if (folded === 0) {
    const form = foldCharacter(String.fromCharCode(code), options);
    folded = form.length === 0 ? DROP : form.length === 1 ? form.charCodeAt(0) : COMPLEX;
    if (folded === COMPLEX) complex.set(String.fromCharCode(code), form);
    table[code] = folded;
  }
  return folded === DROP ? -1 : folded === COMPLEX ? -2 : folded;
}

let scratchUnits = new Uint16Array(1024);
let scratchOrigin = new Int32Array(1025);

function ensureScratch(size: number): void {
  if (scratchUnits.length >= size) return;
  const units = new Uint16Array(size * 2);
  units.set(scratchUnits);
  const origin = new Int32Array(size * 2 + 1);
  origin.set(scratchOrigin);
  scratchUnits = units;
  scratchOrigin = origin;
}

/** Folds a text for searching, keeping where each folded character came from. */
export function foldText(source: string, options: FoldOptions): FoldedText {
  const { units: table, complex } = tablesFor(options);
  // Every unit folds to at most one unit on the fast paths; longer forms make room for themselves.
  ensureScratch(source.length + 16);
  let units = scratchUnits;
  let origin = scratchOrigin;
  let length = 0;
  let lastSpace = false;
  const lower = !options.caseSensitive;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    let folded: number;
    if (code < 128) folded = code === 32 || (code >= 9 && code <= 13) ? 32 : lower && code >= 65 && code <= 90 ? code + 32 : code;
    else if (code < TABLE_SIZE) {
      folded = table[code] as number;
      if (folded === 0) {
        const form = foldCharacter(String.fromCharCode(code), options);
        folded = form.length === 0 ? DROP : form.length === 1 ? form.charCodeAt(0) : COMPLEX;
        if (folded === COMPLEX) complex.set(String.fromCharCode(code), form);
        table[code] = folded;
      }
    } else folded = COMPLEX;
    if (folded !== COMPLEX) {
      if (folded === 32) {
        if (!lastSpace) {
          units[length] = 32;
          origin[length++] = i;
          lastSpace = true;
        }
      } else if (folded !== DROP) {
        units[length] = folded;
        origin[length++] = i;
        lastSpace = false;
      }
      i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const character = pair ? source.slice(i, i + 2) : (source[i] as string);
    let form = complex.get(character);
    if (form === undefined) {
      form = foldCharacter(character, options);
      complex.set(character, form);
    }
    ensureScratch(length + form.length + (source.length - i) + 16);
    units = scratchUnits;
    origin = scratchOrigin;
    for (let k = 0; k < form.length; k++) {
      const unit = form.charCodeAt(k);
      if (unit === 32) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      units[length] = unit;
      origin[length++] = i;
    }
    i += character.length;
  }
  origin[length] = source.length;
  let text = '';
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  return { text, origin: origin.slice(0, length + 1) };
}

/** The search form of a term or phrase, folded like the text, without white space at its ends. */
export function foldQuery(query: string, options: FoldOptions): string {
  // Typed text may come decomposed (macOS); the documents' text is NFC.
  return foldText(query.normalize('NFC'), options).text.trim();
}

/** The form of a word in the index: the loosest folding, so every mode finds its candidates there. */
export function indexTerm(word: string): string {
  // Words repeat a great deal in reports: remember the recent ones (cleared when it grows large).
  let term = termCache.get(word);
  if (term === undefined) {
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    term = foldText(word, LOOSE).text;
    termCache.set(word, term);
  }
  return term;
}

const TERM_CACHE_SIZE = 100_000;
const termCache = new Map<string, string>();
