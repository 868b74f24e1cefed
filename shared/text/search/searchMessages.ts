// The messages between the search screen and its worker, and their parsers: each side checks what it
// receives (`unknown`) before using it, as at every other boundary of the app.
import { isGranularity, type Granularity } from './expandRange';
import type { HitRef, InvalidReason, Passage, SearchBlock, SearchDocument, SearchMode, SearchOutcome } from './searchTypes';
import type { SnippetPart } from './snippet';
import { packHits, unpackHits, type HitTable } from './hitTable';

/** Main thread → search worker. */
export type SearchRequest =
  | { type: 'add'; requestId: number; documents: SearchDocument[] }
  | { type: 'remove'; requestId: number; documentIds: string[] }
  | { type: 'search'; requestId: number; query: string; mode: SearchMode; order: string[]; snippets: number }
  | { type: 'snippets'; requestId: number; hits: HitRef[] }
  | { type: 'passages'; requestId: number; hits: HitRef[]; granularity: Granularity };

/** Search worker → main thread. */
export type SearchReply =
  | { type: 'indexed'; requestId: number; documents: number; paragraphs: number }
  | { type: 'searched'; requestId: number; outcome: SearchOutcome }
  | { type: 'snippets'; requestId: number; snippets: SnippetPart[][] }
  | { type: 'passages'; requestId: number; passages: Passage[] }
  | { type: 'failed'; requestId: number; detail: string };

type HitsOutcome = Extract<SearchOutcome, { kind: 'hits' }>;

/** What the worker posts: a reply, a search's hits packed as a table (hitTable.ts). */
export type SearchWireReply =
  | Exclude<SearchReply, { type: 'searched' }>
  | { type: 'searched'; requestId: number; outcome: Exclude<SearchOutcome, HitsOutcome> | (Omit<HitsOutcome, 'hits'> & { hits: HitTable }) };

/** A reply as the worker posts it, with what to transfer rather than copy. */
export function toWire(reply: SearchReply): { message: SearchWireReply; transfer: ArrayBuffer[] } {
  if (reply.type !== 'searched') return { message: reply, transfer: [] };
  const { outcome } = reply;
  if (outcome.kind !== 'hits') return { message: { ...reply, outcome }, transfer: [] };
  const hits = packHits(outcome.hits);
  return { message: { ...reply, outcome: { ...outcome, hits } }, transfer: [hits.table.buffer as ArrayBuffer] };
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Parses every element of an array, or fails (null) on the first that does not parse. */
function list<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const result: T[] = [];
  for (const item of value) {
    const parsed = parse(item);
    if (parsed === null) return null;
    result.push(parsed);
  }
  return result;
}

function range(value: Fields): boolean {
  return isCount(value.start) && isCount(value.end) && value.end >= value.start;
}

function block(value: unknown): SearchBlock | null {
  if (!isObject(value) || !isString(value.id) || !range(value) || !(value.page === null || isString(value.page))) return null;
  const parsed: SearchBlock = { id: value.id, start: value.start as number, end: value.end as number, page: value.page };
  if (value.running === 'header' || value.running === 'footer') parsed.running = value.running;
  return parsed;
}

function document(value: unknown): SearchDocument | null {
  if (!isObject(value) || !isString(value.id) || !isString(value.text)) return null;
  const blocks = list(value.blocks, block);
  const text = value.text;
  if (!blocks || blocks.some((b) => b.end > text.length)) return null;
  return { id: value.id, text, blocks };
}

function hitRef(value: unknown): HitRef | null {
  if (!isObject(value) || !isString(value.documentId) || !range(value)) return null;
  return { documentId: value.documentId, start: value.start as number, end: value.end as number };
}

function mode(value: unknown): SearchMode | null {
  if (!isObject(value) || !isBoolean(value.caseSensitive) || !isBoolean(value.diacriticSensitive) || !isBoolean(value.regex)) return null;
  return { caseSensitive: value.caseSensitive, diacriticSensitive: value.diacriticSensitive, regex: value.regex };
}

function snippetPart(value: unknown): SnippetPart | null {
  if (!isObject(value) || !isString(value.text) || !(value.mark === null || value.mark === 'hit' || value.mark === 'other')) return null;
  return { text: value.text, mark: value.mark };
}

const snippet = (value: unknown) => list(value, snippetPart);

const INVALID_REASONS: readonly InvalidReason[] = ['noWords', 'shortPrefix', 'regexSyntax', 'regexNested'];

function outcome(value: unknown): SearchOutcome | null {
  if (!isObject(value)) return null;
  if (value.kind === 'empty') return { kind: 'empty' };
  if (value.kind === 'invalid') {
    const reason = INVALID_REASONS.find((known) => known === value.reason);
    return reason && isString(value.detail) ? { kind: 'invalid', reason, detail: value.detail } : null;
  }
  if (value.kind !== 'hits' || !isBoolean(value.more) || !isBoolean(value.stopped) || !isNumber(value.elapsedMs)) return null;
  const hits = unpackHits(value.hits, snippet);
  return hits ? { kind: 'hits', hits, more: value.more, stopped: value.stopped, elapsedMs: value.elapsedMs } : null;
}

function passage(value: unknown): Passage | null {
  if (!isObject(value) || !isString(value.documentId) || !range(value) || !(value.page === null || isString(value.page)) || !isCount(value.hits)) return null;
  const parts = snippet(value.parts);
  return parts ? { documentId: value.documentId, start: value.start as number, end: value.end as number, page: value.page, hits: value.hits, parts } : null;
}

/** What the worker accepts; null for anything else. */
export function parseSearchRequest(value: unknown): SearchRequest | null {
  if (!isObject(value) || !isCount(value.requestId)) return null;
  const requestId = value.requestId;
  switch (value.type) {
    case 'add': {
      const documents = list(value.documents, document);
      return documents ? { type: 'add', requestId, documents } : null;
    }
    case 'remove': {
      const documentIds = list(value.documentIds, (id) => (isString(id) ? id : null));
      return documentIds ? { type: 'remove', requestId, documentIds } : null;
    }
    case 'search': {
      const parsedMode = mode(value.mode);
      const order = list(value.order, (id) => (isString(id) ? id : null));
      if (!isString(value.query) || !parsedMode || !order || !isCount(value.snippets)) return null;
      return { type: 'search', requestId, query: value.query, mode: parsedMode, order, snippets: value.snippets };
    }
    case 'snippets': {
      const hits = list(value.hits, hitRef);
      return hits ? { type: 'snippets', requestId, hits } : null;
    }
    case 'passages': {
      const hits = list(value.hits, hitRef);
      return hits && isGranularity(value.granularity) ? { type: 'passages', requestId, hits, granularity: value.granularity } : null;
    }
    default:
      return null;
  }
}

/** What the main thread accepts from the worker (as `toWire` posts it); null for anything else. */
export function parseSearchReply(value: unknown): SearchReply | null {
  if (!isObject(value) || !isCount(value.requestId)) return null;
  const requestId = value.requestId;
  switch (value.type) {
    case 'indexed':
      return isCount(value.documents) && isCount(value.paragraphs) ? { type: 'indexed', requestId, documents: value.documents, paragraphs: value.paragraphs } : null;
    case 'searched': {
      const parsed = outcome(value.outcome);
      return parsed ? { type: 'searched', requestId, outcome: parsed } : null;
    }
    case 'snippets': {
      const snippets = list(value.snippets, snippet);
      return snippets ? { type: 'snippets', requestId, snippets } : null;
    }
    case 'passages': {
      const passages = list(value.passages, passage);
      return passages ? { type: 'passages', requestId, passages } : null;
    }
    case 'failed':
      return isString(value.detail) ? { type: 'failed', requestId, detail: value.detail } : null;
    default:
      return null;
  }
}
