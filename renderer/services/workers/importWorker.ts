/// <reference lib="webworker" />
// Parses one file off the UI thread. The host terminates the worker on cancel or timeout, which is the
// only reliable way to stop a parser stuck in a hostile file.
import { importDocument } from '../../../shared/ingest/documents/importDocument';
import { ImportError } from '../../../shared/domain/importError';
import { wordCount } from '../../../shared/text/wordCount';
import { browserPdfLoader } from './browserPdfLoader';
import type { ParseRequest, WorkerMessage } from './workerProtocol';

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  try {
    const document = await importDocument(request.bytes, {
      fileName: request.fileName,
      ...(request.password === undefined ? {} : { password: request.password }),
      limits: request.limits,
      // The parsers check the time limit in their loops against this clock; the host's timer is the backstop.
      clock: () => performance.now(),
      pdf: browserPdfLoader,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    // Counted here: on a long report the count is a noticeable pause the UI thread is spared.
    post({ type: 'done', document, wordCount: wordCount(document.text) });
  } catch (error) {
    if (error instanceof ImportError) post({ type: 'failed', code: error.code, detail: error.detail, values: error.values });
    else post({ type: 'failed', code: 'corrupt', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
