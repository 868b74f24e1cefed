/** A loaded PDF as much of pdf.js's PDFDocumentProxy as the importer uses. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getPageLabels(): Promise<string[] | null>;
  /** `info` is the document information dictionary; `metadata` the XMP packet as pdf.js reads it (its `get('dc:title')`), or null. */
  getMetadata(): Promise<{ info: unknown; metadata?: unknown }>;
  destroy(): Promise<void>;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  getViewport(options: { scale: number }): { width: number; height: number };
  cleanup(): void;
}

/**
 * Opens PDF bytes with pdf.js. Passed in, since pdf.js is loaded differently in Node (legacy build) and
 * in the browser (module worker). Rejects with pdf.js's PasswordException (name 'PasswordException',
 * code 1 = password needed, 2 = wrong password) or its other exceptions.
 */
export type PdfLoader = (bytes: Uint8Array, password: string | undefined) => Promise<PdfDocumentLike>;
