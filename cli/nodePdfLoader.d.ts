import type { PdfLoader } from '../shared/ingest/documents/importTypes';
export declare function createNodePdfLoader(): PdfLoader;
