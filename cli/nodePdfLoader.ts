// Opens PDF bytes with pdf.js's legacy build in Node, for the command line and the Node tests. The
// importer in shared/ never imports pdf.js itself; it receives this loader as `ImportOptions.pdf`.
// pdf.js is imported when the first PDF is opened, so reading other formats does not load it. In the
// CLI bundle pdfjs-dist stays external and loads from node_modules, with its data files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFJS_OPTIONS } from '../shared/ingest/documents/pdf/pdfjsOptions';
import type { PdfDocumentLike, PdfLoader } from '../shared/ports/pdfLoader';

/** node_modules/pdfjs-dist/ with a trailing slash; pdf.js reads its data files from there with fs. */
function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), '/');
}

export function createNodePdfLoader(): PdfLoader {
  let root: string | null = null;
  return async (bytes, password) => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    root ??= pdfjsRoot();
    const task = getDocument({
      // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller keeps its bytes.
      data: bytes.slice(),
      password,
      ...PDFJS_OPTIONS,
      cMapUrl: join(root, 'cmaps', '/'),
      standardFontDataUrl: join(root, 'standard_fonts', '/'),
      wasmUrl: join(root, 'wasm', '/'),
    });
    try {
      return (await task.promise) as PdfDocumentLike;
    } catch (error) {
      await task.destroy().catch(() => undefined);
      throw error;
    }
  };
}
