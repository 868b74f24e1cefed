import MiniSearch, { type Query } from 'minisearch';
import type { Granularity } from './expandRange';
import { findClauses, findRegex, prepareClause, type PreparedClause } from './findHits';
import { indexTerm } from './foldText';
import { unitFits, unitsOf, type IndexedDocument, type Unit } from './indexedDocument';
import { parseQuery } from './parseQuery';
import { passagesOf } from './passages';
import { planQuery } from './queryPlan';
import { compileRegex } from './regexQuery';
import { scanUnits, type Found } from './scanUnits';
import type { HitRef, Passage, SearchDocument, SearchHit, SearchLimits, SearchMode, SearchOutcome } from './searchTypes';
import { buildSnippet, type SnippetPart } from './snippet';
import { lastStartingAtOrBefore, type TextRange } from './textRange';
import { indexTerms, tokenize } from './tokenize';

export const MAX_HITS = 5000;
export const TIME_BUDGET_MS = 3000;

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
      found = scanUnits(this.allUnits(rank), (unit, limit) => findRegex(unit.text, regex, unit.start, limit), limits, started);
    } else {
      const fold = { caseSensitive: mode.caseSensitive, diacriticSensitive: mode.diacriticSensitive };
      const clauses = parsed.clauses.map((clause) => prepareClause(clause, fold)).filter((clause): clause is PreparedClause => clause !== null);
      const plan = planQuery(parsed.clauses, limits.maxHits, this.termCounts, this.unitTotal);
      if (plan.kind === 'invalid' || clauses.length === 0) return { kind: 'invalid', reason: plan.kind === 'invalid' ? plan.reason : 'noWords', detail: plan.kind === 'invalid' ? plan.detail : '' };
      if (plan.kind === 'none') return { kind: 'hits', hits: [], more: false, stopped: false, elapsedMs: limits.now() - started };
      const units = plan.kind === 'scan' ? this.allUnits(rank) : this.candidates(plan.query, rank);
      found = scanUnits(units, (unit, limit) => findClauses(unit.text, clauses, fold, unit.start, limit, unitFits(unit, fold)), limits, started);
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
    return passagesOf(this.documents, hits, granularity);
  }
}
