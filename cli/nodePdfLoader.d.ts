import type { PdfLoader } from '../shared/import/importTypes';
export declare function createNodePdfLoader(): PdfLoader;
