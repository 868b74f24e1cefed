import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { PDFJS_OPTIONS } from '../../../shared/ingest/documents/pdf/pdfjsOptions';
import type { PdfDocumentLike, PdfLoader } from '../../../shared/ports/pdfLoader';

GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

/**
 * pdf.js's own worker, started by us: inside our import worker pdf.js would otherwise fall back to
 * running its worker code in our worker's scope, where it answers on our message port.
 */
function ensurePdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module', name: 'pdf.js' });
}

/** Where the build puts pdf.js's character maps and standard fonts (see vite.config.ts). */
const PDFJS_ASSETS = '../pdfjs/';
const assetBase = new URL(PDFJS_ASSETS, import.meta.url).href;

/** Opens PDF bytes with pdf.js in the browser (here, inside the import worker). */
export const browserPdfLoader: PdfLoader = async (bytes, password) => {
  ensurePdfWorker();
  const task = getDocument({
    data: bytes.slice(),
    password,
    ...PDFJS_OPTIONS,
    cMapUrl: `${assetBase}cmaps/`,
    standardFontDataUrl: `${assetBase}standard_fonts/`,
    wasmUrl: `${assetBase}wasm/`,
    // pdf.js's worker fetches these itself (there is no document in our worker to decide it from).
    useWorkerFetch: true,
  });
  return (await task.promise) as unknown as PdfDocumentLike;
};
