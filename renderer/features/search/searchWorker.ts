/// <reference lib="webworker" />
// The evaluation's full-text index, off the UI thread: documents are added and removed as the database
// changes, and searches, snippets and auto-coding passages are answered here. Every message is checked.
import { MAX_HITS, SearchIndex, TIME_BUDGET_MS } from '../../../shared/text/search/searchIndex';
import { parseSearchRequest, toWire, type SearchReply } from '../../../shared/text/search/searchMessages';

const index = new SearchIndex();
const post = (reply: SearchReply) => {
  const { message, transfer } = toWire(reply);
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);
};

function requestIdOf(data: unknown): number {
  const id = typeof data === 'object' && data !== null ? (data as { requestId?: unknown }).requestId : undefined;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0;
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = parseSearchRequest(event.data);
  if (!request) {
    post({ type: 'failed', requestId: requestIdOf(event.data), detail: 'unreadable request' });
    return;
  }
  try {
    switch (request.type) {
      case 'add':
        for (const document of request.documents) index.addDocument(document);
        post({ type: 'indexed', requestId: request.requestId, documents: index.documentCount, paragraphs: index.unitCount });
        break;
      case 'remove':
        for (const id of request.documentIds) index.removeDocument(id);
        post({ type: 'indexed', requestId: request.requestId, documents: index.documentCount, paragraphs: index.unitCount });
        break;
      case 'search': {
        const limits = { maxHits: MAX_HITS, timeBudgetMs: TIME_BUDGET_MS, now: () => performance.now() };
        const outcome = index.search(request.query, request.mode, { order: request.order, snippets: request.snippets, limits });
        post({ type: 'searched', requestId: request.requestId, outcome });
        break;
      }
      case 'snippets':
        post({ type: 'snippets', requestId: request.requestId, snippets: index.snippets(request.hits) });
        break;
      case 'passages':
        post({ type: 'passages', requestId: request.requestId, passages: index.passages(request.hits, request.granularity) });
        break;
    }
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
