import type { PdfLoader } from '../shared/ports/pdfLoader';
export declare function createNodePdfLoader(): PdfLoader;
