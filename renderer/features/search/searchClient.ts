import type { Granularity } from '../../../shared/text/search/expandRange';
import { parseSearchReply, type SearchReply, type SearchRequest } from '../../../shared/text/search/searchMessages';
import type { HitRef, Passage, SearchDocument, SearchMode, SearchOutcome } from '../../../shared/text/search/searchTypes';
import type { SnippetPart } from '../../../shared/text/search/snippet';

/** How far the index is: documents in it of those the evaluation has now, and whether it is still working. */
export interface IndexStatus {
  indexed: number;
  total: number;
  building: boolean;
  /** Goes up whenever the index changes, so a shown search runs again. */
  version: number;
  /** Why the index could not be built, or null. */
  failed: string | null;
}

/** Loads one current document's text and blocks, or null when it is gone or no longer current. */
export type DocumentLoader = (documentId: string) => Promise<SearchDocument | null>;

/** A search the worker did not answer in time: it was stopped and the index is built again. */
export type ClientOutcome = SearchOutcome | { kind: 'timeout' };

/** Documents sent to the worker per message: small enough for a search to get in between. */
const BATCH = 4;
/** A search that takes longer than this is stuck (a pathological pattern): the worker is replaced. */
const WATCHDOG_MS = 12_000;

interface Pending {
  resolve: (reply: SearchReply) => void;
  reject: (error: Error) => void;
}

class WorkerGone extends Error {
  constructor() {
    super('The search worker was stopped');
    this.name = 'WorkerGone';
  }
}

/**
 * The search worker of one evaluation and what it holds. `sync` brings the index in step with the
 * evaluation's current documents (adding and removing only what changed, one batch at a time); the
 * other methods ask the worker and check its answers.
 */
export class SearchClient {
  private worker: Worker;
  private nextRequest = 1;
  private readonly pending = new Map<number, Pending>();
  /** Documents the worker holds (or that were gone when loaded). */
  private readonly indexed = new Set<string>();
  private target: readonly string[] = [];
  private loader: DocumentLoader | null = null;
  private syncing = false;
  /** A sync was asked for while one ran: run again when it ends. */
  private again = false;
  private status: IndexStatus = { indexed: 0, total: 0, building: false, version: 0, failed: null };
  private readonly listeners = new Set<() => void>();
  private disposed = false;

  constructor(readonly evaluationId: string) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = parseSearchReply(event.data);
      if (!reply) return;
      const waiting = this.pending.get(reply.requestId);
      if (!waiting) return;
      this.pending.delete(reply.requestId);
      if (reply.type === 'failed') waiting.reject(new Error(reply.detail));
      else waiting.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.update({ failed: event.message || 'the search worker stopped' });
      this.failAll();
    };
    return worker;
  }

  private failAll(): void {
    for (const waiting of this.pending.values()) waiting.reject(new WorkerGone());
    this.pending.clear();
  }

  private update(change: Partial<IndexStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): IndexStatus => this.status;

  private request(message: SearchRequest, timeoutMs?: number): Promise<SearchReply> {
    return new Promise<SearchReply>((resolve, reject) => {
      if (this.disposed) {
        reject(new WorkerGone());
        return;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => timer !== undefined && clearTimeout(timer);
      this.pending.set(message.requestId, {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
      if (timeoutMs !== undefined) timer = setTimeout(() => this.restart(), timeoutMs);
      this.worker.postMessage(message);
    });
  }

  /** Stops a stuck worker and builds the index again in a new one. */
  private restart(): void {
    if (this.disposed) return;
    this.worker.terminate();
    this.failAll();
    this.indexed.clear();
    this.worker = this.start();
    this.update({ indexed: 0, version: this.status.version + 1, failed: null });
    void this.runSync();
  }

  /** The evaluation's current documents are these: the index follows. */
  sync(documentIds: readonly string[], loader: DocumentLoader): void {
    this.target = documentIds;
    this.loader = loader;
    this.update({ total: documentIds.length, indexed: documentIds.filter((id) => this.indexed.has(id)).length });
    void this.runSync();
  }

  private async runSync(): Promise<void> {
    if (this.disposed) return;
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = true;
    try {
      for (;;) {
        const wanted = new Set(this.target);
        const removed = [...this.indexed].filter((id) => !wanted.has(id));
        const added = this.target.filter((id) => !this.indexed.has(id)).slice(0, BATCH);
        if (removed.length === 0 && added.length === 0) break;
        this.update({ building: true });
        let changed = false;
        if (removed.length > 0) {
          await this.request({ type: 'remove', requestId: this.nextRequest++, documentIds: removed });
          for (const id of removed) this.indexed.delete(id);
          changed = true;
        }
        if (added.length > 0 && this.loader) {
          const loaded = await Promise.all(added.map((id) => (this.loader as DocumentLoader)(id)));
          const documents = loaded.filter((document): document is SearchDocument => document !== null);
          if (documents.length > 0) {
            await this.request({ type: 'add', requestId: this.nextRequest++, documents });
            changed = true;
          }
          for (const id of added) this.indexed.add(id);
        }
        const current = new Set(this.target);
        this.update({
          indexed: [...this.indexed].filter((id) => current.has(id)).length,
          version: this.status.version + (changed ? 1 : 0),
        });
      }
      this.update({ building: false, failed: null });
    } catch (error) {
      if (!(error instanceof WorkerGone)) this.update({ building: false, failed: error instanceof Error ? error.message : String(error) });
    } finally {
      this.syncing = false;
    }
    if (this.again) {
      this.again = false;
      void this.runSync();
    }
  }

  /** Searches what is indexed; hits listed in `order` of documents, the first `snippets` with their snippet. */
  async search(query: string, mode: SearchMode, order: readonly string[], snippets: number): Promise<ClientOutcome> {
    try {
      const reply = await this.request({ type: 'search', requestId: this.nextRequest++, query, mode, order: [...order], snippets }, WATCHDOG_MS);
      return reply.type === 'searched' ? reply.outcome : { kind: 'empty' };
    } catch (error) {
      if (error instanceof WorkerGone) return { kind: 'timeout' };
      throw error;
    }
  }

  async snippets(hits: readonly HitRef[]): Promise<SnippetPart[][]> {
    const reply = await this.request({ type: 'snippets', requestId: this.nextRequest++, hits: hits.map(({ documentId, start, end }) => ({ documentId, start, end })) });
    return reply.type === 'snippets' ? reply.snippets : [];
  }

  /** The ranges auto-coding would code for these hits, merged where they overlap, with their hits marked. */
  async passages(hits: readonly HitRef[], granularity: Granularity): Promise<Passage[]> {
    const reply = await this.request({ type: 'passages', requestId: this.nextRequest++, hits: hits.map(({ documentId, start, end }) => ({ documentId, start, end })), granularity });
    return reply.type === 'passages' ? reply.passages : [];
  }

  dispose(): void {
    this.disposed = true;
    this.worker.terminate();
    this.failAll();
    this.listeners.clear();
  }
}

let current: SearchClient | null = null;

/**
 * The search client of an evaluation, kept while the evaluation is open so coming back to the search is
 * instant; opening another evaluation stops the old worker.
 */
export function searchClientFor(evaluationId: string): SearchClient {
  if (current?.evaluationId !== evaluationId) {
    current?.dispose();
    current = new SearchClient(evaluationId);
  }
  return current;
}
