import type { Highlight } from '../../../shared/text/pieces';
import { foldCharacter, type FoldedText } from '../../../shared/text/search/foldText';
import type { ReaderLayout } from './layout';

export type { FoldedText };

/** How loosely a search matches: by default neither case nor diacritics (å/a, é/e) count. */
export interface FindOptions {
  caseSensitive?: boolean;
  diacriticSensitive?: boolean;
}

/** A match as offsets into the source text, end exclusive. */
export interface TextMatch {
  start: number;
  end: number;
}

/** Folds text for searching: case (unless case-sensitive), diacritics (unless diacritic-sensitive), white space runs to one space. */
export function foldText(source: string, options: FindOptions = {}): FoldedText {
  let capacity = source.length + 16;
  let units = new Uint16Array(capacity);
  let origin = new Int32Array(capacity + 1);
  let length = 0;
  const cache = new Map<string, string>();
  const push = (unit: number, from: number) => {
    if (length >= capacity) {
      capacity *= 2;
      const grownUnits = new Uint16Array(capacity);
      grownUnits.set(units);
      units = grownUnits;
      const grownOrigin = new Int32Array(capacity + 1);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    units[length] = unit;
    origin[length] = from;
    length++;
  };
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (length === 0 || units[length - 1] !== 32) push(32, i);
      } else if (!options.caseSensitive && code >= 65 && code <= 90) push(code + 32, i);
      else push(code, i);
      i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const character = pair ? source.slice(i, i + 2) : source[i] as string;
    let folded = cache.get(character);
    if (folded === undefined) {
      folded = foldCharacter(character, { caseSensitive: options.caseSensitive ?? false, diacriticSensitive: options.diacriticSensitive ?? false });
      cache.set(character, folded);
    }
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (unit === 32 && length > 0 && units[length - 1] === 32) continue;
      push(unit, i);
    }
    i += character.length;
  }
  origin[length] = source.length;
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) parts.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + 8192))));
  return { text: parts.join(''), origin: origin.subarray(0, length + 1) };
}

/** The search form of what was typed: folded like the text; '' when it holds nothing but white space. */
export function foldQuery(query: string, options: FindOptions = {}): string {
  const folded = foldText(query, options).text;
  return folded.trim() === '' ? '' : folded;
}

export const DEFAULT_MATCH_LIMIT = 50_000;

/**
 * Every match of `query` in the folded text, as offsets into the source, in order and not overlapping
 * (the search goes on after each match, as a browser's find does). Stops after `limit` matches.
 */
export function findMatches(folded: FoldedText, query: string, options: FindOptions = {}, limit = DEFAULT_MATCH_LIMIT): { matches: TextMatch[]; truncated: boolean } {
  const needle = foldQuery(query, options);
  const matches: TextMatch[] = [];
  if (needle === '') return { matches, truncated: false };
  const { text, origin } = folded;
  let at = text.indexOf(needle);
  while (at !== -1) {
    if (matches.length >= limit) return { matches, truncated: true };
    const foldedEnd = at + needle.length;
    const start = origin[at] as number;
    let end = origin[foldedEnd] as number;
    // A match that ends inside what one source character folded to (a ligature) takes all of it.
    for (let k = foldedEnd; end <= start && k <= text.length; k++) end = origin[k] as number;
    if (end <= start) end = start + 1;
    matches.push({ start, end });
    at = text.indexOf(needle, foldedEnd);
  }
  return { matches, truncated: false };
}

/** A match placed in the reader: its offsets and the chunk that shows it. */
export interface ReaderHit extends TextMatch {
  chunk: number;
}

export interface ReaderHits {
  /** In reading order: the body, then the notes, then the comments. */
  hits: ReaderHit[];
  /** Each chunk's hits as highlights whose id is the hit's index in `hits`. */
  byChunk: ReadonlyMap<number, Highlight[]>;
}

/**
 * Places matches in the reader's layout, in reading order. Only matches inside one laid-out block
 * count: none across blocks, none in hidden running headers and footers.
 */
export function placeMatches(matches: readonly TextMatch[], layout: ReaderLayout): ReaderHits {
  const hits: ReaderHit[] = [];
  const byChunk = new Map<number, Highlight[]>();
  if (matches.length === 0) return { hits, byChunk };
  for (const chunk of layout.chunks) {
    for (const block of chunk.blocks) {
      let lo = 0;
      let hi = matches.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((matches[mid] as TextMatch).start < block.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < matches.length; i++) {
        const match = matches[i] as TextMatch;
        if (match.start >= block.end) break;
        if (match.end > block.end) continue;
        const id = hits.length;
        hits.push({ start: match.start, end: match.end, chunk: chunk.index });
        const list = byChunk.get(chunk.index) ?? [];
        list.push({ start: match.start, end: match.end, id });
        byChunk.set(chunk.index, list);
      }
    }
  }
  return { hits, byChunk };
}

/** The first hit in or after `chunk`, wrapping to the first of all. */
export function firstHitFrom(hits: ReaderHits, chunk: number): number {
  const list = hits.hits;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.chunk ?? 0) < chunk) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? lo : 0;
}
