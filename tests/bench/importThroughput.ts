// Import throughput of our pipeline against the bare libraries on the same files, in one run:
// PDF (ours vs pdf.js getTextContent over every page) and DOCX (ours vs mammoth.extractRawText).
// Built into dist/bench by scripts/bench.mjs and run with Node; prints JSON.
import { writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { readCsv } from '../../shared/ingest/tables/csv/readCsv';
import { createNodePdfLoader } from '../../cli/nodePdfLoader';
import { importDocx } from '../../shared/ingest/documents/docx/importDocx';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/domain/importLimits';
import { importPdf } from '../../shared/ingest/documents/pdf/importPdf';
import { largeCsv, largeDocx, largePdf } from './largeDocuments';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Alternates the two so that neither gains from a warmer machine; returns the median times in ms. */
async function compare(ours: () => Promise<unknown>, bare: () => Promise<unknown>): Promise<{ oursMs: number; bareMs: number }> {
  await ours();
  await bare();
  const oursTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await bare();
    bareTimes.push(performance.now() - start);
    start = performance.now();
    await ours();
    oursTimes.push(performance.now() - start);
  }
  return { oursMs: median(oursTimes), bareMs: median(bareTimes) };
}

async function barePdf(bytes: Uint8Array): Promise<number> {
  const document = await createNodePdfLoader()(bytes, undefined);
  let items = 0;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await document.destroy();
  return items;
}

const options = { fileName: 'bench', limits: DEFAULT_IMPORT_LIMITS, pdf: createNodePdfLoader() };

export async function main(outFile: string | undefined): Promise<void> {
  const pdfPages = 300;
  const pdf = largePdf(pdfPages);
  if (outFile) writeFileSync(outFile, largePdf(1000));
  const pdfResult = await compare(
    () => importPdf(pdf, options),
    () => barePdf(pdf),
  );
  const docx = await largeDocx(600);
  const docxResult = await compare(
    async () => importDocx(docx, options),
    () => mammoth.extractRawText({ buffer: Buffer.from(docx) }),
  );
  const csvRows = 100_000;
  const csv = largeCsv(csvRows);
  const csvText = new TextDecoder().decode(csv);
  // The heap while the read table is alive (reading is synchronous, so this is sampled right after it).
  let peakHeap = 0;
  const tableResult = await compare(
    async () => {
      const table = readCsv(csv, { fileName: 'indikatorer.csv' });
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return table.rows.length;
    },
    async () => Papa.parse(csvText, { delimiter: ';' }),
  );
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const result = {
    benchmark: 'import-throughput',
    runs: RUNS,
    pdf: {
      pages: pdfPages,
      megabytes: Number(mb(pdf.byteLength).toFixed(2)),
      oursMs: Math.round(pdfResult.oursMs),
      barePdfjsMs: Math.round(pdfResult.bareMs),
      pagesPerSecond: Math.round((pdfPages / pdfResult.oursMs) * 1000),
      megabytesPerSecond: Number(((mb(pdf.byteLength) / pdfResult.oursMs) * 1000).toFixed(2)),
      ratio: Number((pdfResult.oursMs / pdfResult.bareMs).toFixed(2)),
      target: 'ratio <= 1.3',
    },
    docx: {
      paragraphs: 600 * 5,
      megabytes: Number(mb(docx.byteLength).toFixed(2)),
      oursMs: Math.round(docxResult.oursMs),
      bareMammothMs: Math.round(docxResult.bareMs),
      megabytesPerSecond: Number(((mb(docx.byteLength) / docxResult.oursMs) * 1000).toFixed(2)),
      ratio: Number((docxResult.oursMs / docxResult.bareMs).toFixed(2)),
      target: 'ratio <= 1.3',
    },
    table: {
      rows: csvRows,
      columns: 20,
      megabytes: Number(mb(csv.byteLength).toFixed(2)),
      readAndTypedMs: Math.round(tableResult.oursMs),
      barePapaparseMs: Math.round(tableResult.bareMs),
      ratio: Number((tableResult.oursMs / tableResult.bareMs).toFixed(2)),
      peakHeapMegabytes: Math.round(mb(peakHeap)),
      target: 'ratio <= 2.5 (storing is measured in the browser run)',
    },
  };
  console.log(JSON.stringify(result));
}

/** Writes the benchmark's 100,000-row table to a file, for the browser run. */
export function writeLargeCsv(file: string): void {
  writeFileSync(file, largeCsv(100_000));
}
