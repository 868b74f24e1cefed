import MiniSearch, { type Query } from 'minisearch';
import { pageAtOffset } from '../../domain/pageAtOffset';
import { expandRange, type Granularity } from './expandRange';
import { findClauses, findRegex, prepareClause, type PreparedClause } from './findHits';
import { fastPathFits } from './foldPattern';
import { indexTerm, type FoldOptions } from './foldText';
import { parseQuery, type QueryClause } from './parseQuery';
import { compileRegex } from './regexQuery';
import type { HitRef, InvalidReason, Passage, SearchBlock, SearchDocument, SearchHit, SearchLimits, SearchMode, SearchOutcome, SearchUnit } from './searchTypes';
import { buildSnippet, passageParts, type SnippetPart } from './snippet';
import { lastStartingAtOrBefore, mergeRanges, type TextRange } from './textRange';
import { indexTerms, tokenize } from './tokenize';

export const MAX_HITS = 5000;
export const TIME_BUDGET_MS = 3000;
/** A prefix needs this many letters before the *, or it would expand to most of the index. */
export const MIN_PREFIX = 2;

interface Unit extends SearchUnit {
  id: number;
  doc: IndexedDocument;
  /** Per fold mode (bit pairs: known, fits): whether the fast path can search the text, worked out once. */
  fits: number;
}

function modeBit(options: FoldOptions): number {
  return (options.caseSensitive ? 1 : 0) + (options.diacriticSensitive ? 2 : 0);
}

/** Whether the fast path can search the paragraph in this mode, remembered per paragraph. */
function unitFits(unit: Unit, options: FoldOptions): boolean {
  const shift = modeBit(options) * 2;
  if (((unit.fits >> shift) & 1) === 0) unit.fits |= (1 | (fastPathFits(unit.text, options) ? 2 : 0)) << shift;
  return ((unit.fits >> shift) & 2) !== 0;
}

interface Found {
  hits: SearchHit[];
  /** Each paragraph's hits, for marking the others in a snippet. */
  byBlock: Map<string, TextRange[]>;
  more: boolean;
  stopped: boolean;
}

interface IndexedDocument {
  id: string;
  order: number;
  text: string;
  /** Every block sorted by start, for pages and for expanding hits to paragraphs. */
  blocks: SearchBlock[];
  units: Unit[];
}

/** The searchable paragraphs of a document: its non-empty blocks, except running headers and footers. */
export function unitsOf(document: SearchDocument): SearchUnit[] {
  const units: SearchUnit[] = [];
  for (const block of document.blocks) {
    if (block.running || block.end <= block.start) continue;
    const text = document.text.slice(block.start, block.end);
    if (text.trim() === '') continue;
    units.push({ documentId: document.id, blockId: block.id, start: block.start, end: block.end, text, page: block.page });
  }
  return units;
}

function defaultLimits(): SearchLimits {
  return { maxHits: MAX_HITS, timeBudgetMs: TIME_BUDGET_MS, now: () => Date.now() };
}

/** How a search runs beyond its query and mode. */
export interface SearchRun {
  /** Documents in the order hits are listed (the screen's order); others follow in the order added. */
  order?: readonly string[];
  /** How many of the first hits get their snippet now; the rest are asked for with `snippets`. */
  snippets?: number;
  limits?: SearchLimits;
}

/** Above this many occurrences of the rarest word, the index is asked for two words together. */
const PAIR_FROM = 2000;
/** A phrase whose rarest word is in more than this share of paragraphs is found by reading them in order. */
const SCAN_SHARE = 0.25;

/**
 * The full-text index of an evaluation's current documents: one MiniSearch entry per paragraph (block),
 * its words folded loosely (no case, no diacritics), so every search mode finds its candidate paragraphs
 * there; the exact hits are then found by scanning the candidates' text in the mode asked for. The index
 * is asked for the query's rarest word only (the scan checks the rest); a word in most paragraphs ("och")
 * is found by reading the paragraphs in order until the hit limit. Regular expressions scan every
 * paragraph directly, within a time budget.
 */
export class SearchIndex {
  private readonly mini: MiniSearch<Unit>;
  private readonly documents = new Map<string, IndexedDocument>();
  /** Paragraphs by id (ids only grow, so removed ones leave holes). */
  private readonly units: (Unit | undefined)[] = [];
  private unitTotal = 0;
  /** How often each index term occurs, to pick a query's rarest word. */
  private readonly termCounts = new Map<string, number>();
  private counting = false;
  private nextUnit = 1;
  private nextOrder = 0;

  constructor() {
    this.mini = new MiniSearch<Unit>({
      idField: 'id',
      fields: ['text'],
      storeFields: [],
      extractField: (unit, field) => (field === 'id' ? unit.id : unit.text),
      tokenize: (text) => tokenize(text),
      processTerm: (word) => {
        const term = indexTerm(word);
        if (this.counting) this.termCounts.set(term, (this.termCounts.get(term) ?? 0) + 1);
        return term;
      },
      searchOptions: { combineWith: 'AND' },
    });
  }

  get documentCount(): number {
    return this.documents.size;
  }

  get unitCount(): number {
    return this.unitTotal;
  }

  has(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /** Adds (or replaces) a document; returns how many paragraphs it added. */
  addDocument(document: SearchDocument): number {
    if (this.documents.has(document.id)) this.removeDocument(document.id);
    const entry: IndexedDocument = {
      id: document.id,
      order: this.nextOrder++,
      text: document.text,
      blocks: [...document.blocks].sort((a, b) => a.start - b.start || a.end - b.end),
      units: [],
    };
    const units = unitsOf(document).sort((a, b) => a.start - b.start);
    for (const unit of units) entry.units.push({ ...unit, id: this.nextUnit++, doc: entry, fits: 0 });
    this.documents.set(entry.id, entry);
    for (const unit of entry.units) this.units[unit.id] = unit;
    this.unitTotal += entry.units.length;
    this.counting = true;
    try {
      this.mini.addAll(entry.units);
    } finally {
      this.counting = false;
    }
    return entry.units.length;
  }

  removeDocument(documentId: string): boolean {
    const entry = this.documents.get(documentId);
    if (!entry) return false;
    this.mini.discardAll(entry.units.map((unit) => unit.id));
    this.unitTotal -= entry.units.length;
    for (const unit of entry.units) {
      this.units[unit.id] = undefined;
      for (const term of indexTerms(unit.text)) {
        const count = (this.termCounts.get(term) ?? 0) - 1;
        if (count > 0) this.termCounts.set(term, count);
        else this.termCounts.delete(term);
      }
    }
    this.documents.delete(documentId);
    return true;
  }

  /** Searches every indexed paragraph. */
  search(input: string, mode: SearchMode, run: SearchRun = {}): SearchOutcome {
    const limits = run.limits ?? defaultLimits();
    const started = limits.now();
    const parsed = parseQuery(input, mode.regex);
    if (parsed.kind === 'empty') return { kind: 'empty' };
    const rank = this.ranking(run.order);
    let found: Found;
    if (parsed.kind === 'regex') {
      const compiled = compileRegex(parsed.source, mode.caseSensitive);
      if (!compiled.ok) return { kind: 'invalid', reason: compiled.reason === 'nested' ? 'regexNested' : 'regexSyntax', detail: compiled.detail };
      const regex = compiled.regex;
      found = this.scan(this.allUnits(rank), (unit, limit) => findRegex(unit.text, regex, unit.start, limit), limits, started);
    } else {
      const fold = { caseSensitive: mode.caseSensitive, diacriticSensitive: mode.diacriticSensitive };
      const clauses = parsed.clauses.map((clause) => prepareClause(clause, fold)).filter((clause): clause is PreparedClause => clause !== null);
      const plan = this.plan(parsed.clauses, limits.maxHits);
      if (plan.kind === 'invalid' || clauses.length === 0) return { kind: 'invalid', reason: plan.kind === 'invalid' ? plan.reason : 'noWords', detail: plan.kind === 'invalid' ? plan.detail : '' };
      if (plan.kind === 'none') return { kind: 'hits', hits: [], more: false, stopped: false, elapsedMs: limits.now() - started };
      const units = plan.kind === 'scan' ? this.allUnits(rank) : this.candidates(plan.query, rank);
      found = this.scan(units, (unit, limit) => findClauses(unit.text, clauses, fold, unit.start, limit, unitFits(unit, fold)), limits, started);
    }
    const snippets = run.snippets ?? Number.POSITIVE_INFINITY;
    const hits = found.hits.map((hit, index) => (index < snippets ? { ...hit, snippet: this.snippetOf(hit, found.byBlock) } : hit));
    return { kind: 'hits', hits, more: found.more, stopped: found.stopped, elapsedMs: limits.now() - started };
  }

  /** Snippets for hits listed earlier without one (each marks the other given hits of its paragraph). */
  snippets(hits: readonly HitRef[]): SnippetPart[][] {
    const byBlock = new Map<Unit, TextRange[]>();
    const units = hits.map((hit) => {
      const unit = this.unitAt(hit.documentId, hit.start);
      if (unit) byBlock.set(unit, [...(byBlock.get(unit) ?? []), hit]);
      return unit;
    });
    return hits.map((hit, index) => {
      const unit = units[index];
      if (!unit || hit.end > unit.doc.text.length || hit.end <= hit.start) return [];
      return buildSnippet(unit.doc.text, unit, hit, byBlock.get(unit) ?? []);
    });
  }

  /** Which paragraphs to read for a word query, from the words' counts. */
  private plan(clauses: readonly QueryClause[], maxHits: number): { kind: 'invalid'; reason: InvalidReason; detail: string } | { kind: 'none' } | { kind: 'scan' } | { kind: 'index'; query: Query } {
    const exact: { term: string; count: number }[] = [];
    const prefixes: string[] = [];
    for (const clause of clauses) {
      const words = tokenize(clause.text).map(indexTerm);
      const last = words.at(-1);
      if (clause.prefix && last !== undefined && last.length < MIN_PREFIX) return { kind: 'invalid', reason: 'shortPrefix', detail: clause.text };
      words.forEach((term, index) => {
        if (clause.prefix && index === words.length - 1) prefixes.push(term);
        else exact.push({ term, count: this.termCounts.get(term) ?? 0 });
      });
    }
    if (exact.length === 0 && prefixes.length === 0) return { kind: 'invalid', reason: 'noWords', detail: '' };
    if (exact.some((word) => word.count === 0)) return { kind: 'none' };
    if (exact.length === 0) return { kind: 'index', query: { combineWith: 'AND', queries: prefixes.map((term) => ({ queries: [term], prefix: true })) } };
    const rarest = exact.reduce((a, b) => (b.count < a.count ? b : a));
    // Reading paragraphs in order stops at the hit limit; asking the index costs per paragraph with the
    // word. Measured on 150,000 generated paragraphs, both cost about the same per paragraph, so for
    // single words they meet where the word is in about √(limit · paragraphs) of them.
    const singleWords = clauses.every((clause) => !clause.prefix && tokenize(clause.text).length === 1);
    const threshold = singleWords ? Math.sqrt(maxHits * this.unitTotal) : this.unitTotal * SCAN_SHARE;
    if (rarest.count > threshold) return { kind: 'scan' };
    // A second word about as rare narrows the paragraphs to read for less than reading them costs.
    const second = exact.filter((word) => word.term !== rarest.term).reduce<{ term: string; count: number } | null>((a, b) => (a === null || b.count < a.count ? b : a), null);
    const terms = second && rarest.count > PAIR_FROM && second.count <= rarest.count * 2 ? [rarest.term, second.term] : [rarest.term];
    return { kind: 'index', query: { combineWith: 'AND', queries: terms.map((term) => ({ queries: [term], prefix: false })) } };
  }

  /** Document rank for listing: the given order first, then the order added. */
  private ranking(order: readonly string[] | undefined): (entry: IndexedDocument) => number {
    const given = new Map((order ?? []).map((id, index) => [id, index]));
    return (entry) => given.get(entry.id) ?? given.size + entry.order;
  }

  private allUnits(rank: (entry: IndexedDocument) => number): Iterable<Unit> {
    const entries = [...this.documents.values()].sort((a, b) => rank(a) - rank(b));
    return entries.flatMap((entry) => entry.units);
  }

  /** The index's paragraphs for a query, in listing order. */
  private candidates(query: Query, rank: (entry: IndexedDocument) => number): Unit[] {
    const byDocument = new Map<IndexedDocument, Unit[]>();
    for (const result of this.mini.search(query)) {
      const unit = this.units[result.id as number];
      if (!unit) continue;
      const list = byDocument.get(unit.doc);
      if (list) list.push(unit);
      else byDocument.set(unit.doc, [unit]);
    }
    const entries = [...byDocument.keys()].map((entry) => ({ entry, rank: rank(entry) })).sort((a, b) => a.rank - b.rank);
    // Unit ids follow the paragraphs' order within a document.
    return entries.flatMap(({ entry }) => (byDocument.get(entry) as Unit[]).sort((a, b) => a.id - b.id));
  }

  /** Reads paragraphs in order until the hit limit or the time budget. */
  private scan(units: Iterable<Unit>, find: (unit: Unit, limit: number) => TextRange[] | null, limits: SearchLimits, started: number): Found {
    const hits: SearchHit[] = [];
    const byBlock = new Map<string, TextRange[]>();
    let more = false;
    let stopped = false;
    let read = 0;
    for (const unit of units) {
      if ((++read & 15) === 0 && limits.now() - started > limits.timeBudgetMs) {
        stopped = true;
        break;
      }
      const found = find(unit, limits.maxHits - hits.length + 1);
      if (!found || found.length === 0) continue;
      byBlock.set(`${unit.documentId}\u0000${unit.blockId}`, found);
      for (const range of found) {
        if (hits.length >= limits.maxHits) {
          more = true;
          break;
        }
        hits.push({ documentId: unit.documentId, blockId: unit.blockId, start: range.start, end: range.end, page: unit.page, snippet: null });
      }
      if (more) break;
    }
    return { hits, byBlock, more, stopped };
  }

  private snippetOf(hit: SearchHit, byBlock: ReadonlyMap<string, TextRange[]>): SnippetPart[] {
    const unit = this.unitAt(hit.documentId, hit.start);
    if (!unit) return [];
    return buildSnippet(unit.doc.text, unit, hit, byBlock.get(`${hit.documentId}\u0000${hit.blockId}`) ?? []);
  }

  /** The paragraph of a document that holds `offset`. */
  private unitAt(documentId: string, offset: number): Unit | null {
    const entry = this.documents.get(documentId);
    if (!entry) return null;
    const index = lastStartingAtOrBefore(entry.units, offset);
    const unit = entry.units[index];
    return unit && offset < unit.end ? unit : null;
  }

  /**
   * The ranges auto-coding would code for these hits at a granularity: each hit, its sentence or its
   * paragraph; ranges that overlap within a document are merged into one. Hits of documents no longer
   * in the index are left out. In document order, then by offset.
   */
  passages(hits: readonly HitRef[], granularity: Granularity): Passage[] {
    const byDocument = new Map<string, { entry: IndexedDocument; hits: TextRange[] }>();
    for (const hit of hits) {
      const entry = this.documents.get(hit.documentId);
      if (!entry || hit.start < 0 || hit.end > entry.text.length || hit.end <= hit.start) continue;
      const group = byDocument.get(hit.documentId) ?? { entry, hits: [] };
      group.hits.push({ start: hit.start, end: hit.end });
      byDocument.set(hit.documentId, group);
    }
    const passages: Passage[] = [];
    const groups = [...byDocument.values()].sort((a, b) => a.entry.order - b.entry.order);
    for (const { entry, hits: documentHits } of groups) {
      const ranges = mergeRanges(documentHits.map((hit) => expandRange(entry.text, entry.blocks, hit, granularity)));
      for (const range of ranges) {
        const inside = documentHits.filter((hit) => hit.start < range.end && hit.end > range.start);
        passages.push({
          documentId: entry.id,
          start: range.start,
          end: range.end,
          page: pageAtOffset(entry.blocks, range.start),
          hits: inside.length,
          parts: passageParts(entry.text, range, inside),
        });
      }
    }
    return passages;
  }
}
