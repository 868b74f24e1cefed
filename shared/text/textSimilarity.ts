import type { Block, DocumentSketch } from '../domain/document';
import { COMPARABLE_WORD, comparableText, isPageNumberLine } from './comparableWords';

/**
 * How alike two texts are, to find the same report imported in two formats. Each text becomes the set
 * of its word 5-grams (shingles) after `comparableWords`, hashed to 32 bits; the fingerprint keeps the
 * SKETCH_SIZE smallest hashes (a bottom-k MinHash sketch), so a 300-page report costs one pass over its
 * words and a few kilobytes, and two fingerprints compare in time of the sketch size. The similarity is
 * the Jaccard index of the two shingle sets, exact when both sets fit in the sketch, else estimated from
 * the smallest hashes of their union (standard error about 0.015 at 0.9).
 */

export const SHINGLE_WORDS = 5;
export const SKETCH_SIZE = 512;
/** At or above this similarity a newly imported document is marked as the twin of the older one. */
export const TWIN_THRESHOLD = 0.85;
/** Texts with fewer shingles than this are too short to call twins (a cover page, an empty scan). */
export const MIN_SHINGLES = 20;

export interface TextFingerprint {
  /** The smallest hashes of the text's shingles, ascending, unique. */
  sketch: Uint32Array;
  /** How many distinct shingles the text has. */
  shingles: number;
}

/** FNV-1a over the UTF-16 code units of a string, with a final avalanche so that small hashes spread evenly. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Five word hashes as one shingle hash (order matters), avalanched like `hash`. */
function shingleHash(hashes: ArrayLike<number>, at: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + length; i++) h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The fingerprint of a text (see the module comment); `keepNumberLines` as for `comparableWords`. */
export function textFingerprint(text: string, keepNumberLines = false): TextFingerprint {
  // Each word is hashed once as it is met, into a typed array (a text of millions of words costs 4 bytes
  // a word, no array of words); a shingle's hash is made from its words' hashes.
  const comparable = comparableText(text, keepNumberLines);
  let words = new Uint32Array(1024);
  let count = 0;
  for (const match of comparable.matchAll(COMPARABLE_WORD)) {
    if (count === words.length) {
      const grown = new Uint32Array(words.length * 2);
      grown.set(words);
      words = grown;
    }
    words[count++] = hash(match[0]);
  }
  words = words.subarray(0, count);
  const hashes = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) hashes.add(shingleHash(words, 0, words.length));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(shingleHash(words, i, SHINGLE_WORDS));
  const all = Uint32Array.from(hashes).sort();
  return { sketch: all.slice(0, SKETCH_SIZE), shingles: hashes.size };
}

/**
 * The fingerprint of an imported document, block by block: without the running headers and footers a
 * PDF repeats on every page (a DOCX of the same report has them apart from its text, or not at all), and
 * without blocks that are only a page number, except table cells (a cell "12" is a number of the table).
 */
export function documentFingerprint(document: { text: string; blocks: readonly Pick<Block, 'kind' | 'start' | 'end' | 'running'>[] }): TextFingerprint {
  if (document.blocks.length === 0) return textFingerprint(document.text);
  const body = document.blocks
    .filter((block) => block.running === undefined)
    .map((block) => ({ block, text: document.text.slice(block.start, block.end) }))
    .filter(({ block, text }) => block.kind === 'tableCell' || !isPageNumberLine(text))
    .map(({ text }) => text)
    .join('\n');
  return textFingerprint(body, true);
}

/** A document's fingerprint as its record keeps it (plain numbers, for IndexedDB and evaluation files). */
export function sketchOf(fingerprint: TextFingerprint): DocumentSketch {
  return { hashes: Array.from(fingerprint.sketch), shingles: fingerprint.shingles };
}

/** The fingerprint a document's record keeps, to compare. */
export function fingerprintOfSketch(sketch: DocumentSketch): TextFingerprint {
  return { sketch: Uint32Array.from(sketch.hashes), shingles: sketch.shingles };
}

/** The similarity of two fingerprinted texts, from 0 (nothing shared) to 1 (the same shingles). */
export function textSimilarity(a: TextFingerprint, b: TextFingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  const exact = a.sketch.length === a.shingles && b.sketch.length === b.shingles;
  const limit = exact ? Infinity : SKETCH_SIZE;
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (union < limit && (i < a.sketch.length || j < b.sketch.length)) {
    const x = i < a.sketch.length ? (a.sketch[i] as number) : Infinity;
    const y = j < b.sketch.length ? (b.sketch[j] as number) : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    union++;
  }
  return union === 0 ? 0 : both / union;
}

/** A document the new one may repeat: its id, the document it is itself a twin of (or null), and its fingerprint. */
export interface TwinCandidate {
  id: string;
  duplicateOf: string | null;
  fingerprint: TextFingerprint;
}

/**
 * The document a new text repeats: the most similar candidate at or above the threshold, given as the
 * original of its twins (a third copy points to the first, not to the second); null when none is alike
 * enough, or the text is too short to tell.
 */
export function findTwin(fingerprint: TextFingerprint, candidates: readonly TwinCandidate[], threshold = TWIN_THRESHOLD): { of: string; similarity: number } | null {
  if (fingerprint.shingles < MIN_SHINGLES) return null;
  let best: { candidate: TwinCandidate; similarity: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.fingerprint.shingles < MIN_SHINGLES) continue;
    const similarity = textSimilarity(fingerprint, candidate.fingerprint);
    if (similarity >= threshold && (best === null || similarity > best.similarity)) best = { candidate, similarity };
  }
  if (best === null) return null;
  return { of: best.candidate.duplicateOf ?? best.candidate.id, similarity: best.similarity };
}
