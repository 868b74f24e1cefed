// Saving and opening an evaluation file (.sparbar) of the bench's generated evaluation (500 documents with
// originals, 50,000 coded passages, tests/bench/codingEvaluation.ts), each against the bare work of the same
// size in the same run: JSON of the same records and fflate's zip of the same bytes (unzip and parse when
// opening). `npm run bench -- --only evfile` prints the times, their ratio and the peak heap.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import resultsMatrixJson from '../../resources/frameworks/results-matrix.json';
import { codesFromFramework } from '../../shared/coding/copyFramework';
import { defaultScales } from '../../shared/domain/ratingScales';
import { parseFramework } from '../../shared/domain/framework';
import { readEvaluationFile, storedRecords, webSha256, writeEvaluationFile, type EvaluationSnapshot } from '../../shared/exchange/evaluationFile';
import { LATEST_VERSION } from '../../shared/migrations';
import { generateCodingEvaluation } from './codingEvaluation';

const RUNS = 3;
const NOW = '2026-01-01T00:00:00.000Z';
/** Bytes of each generated original: a report's PDF is some tens of kilobytes to megabytes. */
const ORIGINAL_BYTES = 64 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] as number);
}

/** The generated evaluation as an evaluation file's snapshot, its originals filled with pseudo-random bytes. */
export function benchSnapshot(): EvaluationSnapshot {
  const evaluationId = 'bench';
  let n = 0;
  const codes = codesFromFramework(parseFramework(resultsMatrixJson), evaluationId, () => `code-${++n}`, NOW);
  const generated = generateCodingEvaluation({ evaluationId, codes, documents: 500, segments: 50_000, large: { pages: 300, segments: 2000 }, pagesPerDocument: 10, now: NOW });
  let seed = 1;
  const originalBytes = () => Uint8Array.from({ length: ORIGINAL_BYTES }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) & 0xff);
  const evaluation = { id: evaluationId, title: 'Bench', programme: '', agency: '', evaluators: [], periodStart: null, periodEnd: null, kind: 'final', reportLanguage: 'sv', createdAt: NOW, updatedAt: NOW, lastOpenedAt: null };
  return {
    version: LATEST_VERSION,
    tables: {
      evaluations: [evaluation],
      projects: storedRecords(generated.projects),
      documents: generated.documents.map((d) => d.record),
      documentTexts: storedRecords(generated.documents.map((d) => d.text)),
      originals: generated.documents.map((d) => ({ documentId: d.text.documentId, evaluationId, bytes: originalBytes() })),
      codes: storedRecords(codes),
      segments: storedRecords(generated.documents.flatMap((d) => d.segments)),
      ratingScales: storedRecords(defaultScales(evaluationId)),
    },
  };
}

/** The bare work of saving: every table as JSON and the originals, zipped by fflate as they are. */
function bareZip(snapshot: EvaluationSnapshot): Uint8Array {
  const files: Zippable = {};
  const encoder = new TextEncoder();
  for (const [table, records] of Object.entries(snapshot.tables)) {
    if (table !== 'originals') files[`records/${table}.json`] = encoder.encode(JSON.stringify(records));
  }
  for (const original of snapshot.tables.originals ?? []) files[`sources/${String(original.documentId)}/original`] = original.bytes as Uint8Array;
  return zipSync(files, { level: 6 });
}

function bareUnzip(bytes: Uint8Array): number {
  const decoder = new TextDecoder();
  let records = 0;
  for (const [path, data] of Object.entries(unzipSync(bytes))) if (path.startsWith('records/')) records += (JSON.parse(decoder.decode(data)) as unknown[]).length;
  return records;
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export async function benchEvaluationFile() {
  const snapshot = benchSnapshot();
  const sha256 = webSha256(globalThis.crypto.subtle);
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 1);
  const writes: number[] = [];
  const bareWrites: number[] = [];
  const reads: number[] = [];
  const bareReads: number[] = [];
  let file: Uint8Array = new Uint8Array();
  let bare: Uint8Array = new Uint8Array();
  for (let run = 0; run < RUNS; run++) {
    const written = await time(() => writeEvaluationFile(snapshot, { appVersion: 'bench', now: NOW, sha256 }));
    writes.push(written.ms);
    file = written.result;
    const zipped = await time(() => bareZip(snapshot));
    bareWrites.push(zipped.ms);
    bare = zipped.result;
    const read = await time(() => readEvaluationFile(file, { sha256 }));
    if (!read.result.ok) throw new Error(`bench: the written file did not open: ${JSON.stringify(read.result.error)}`);
    reads.push(read.ms);
    bareReads.push((await time(() => bareUnzip(bare))).ms);
  }
  clearInterval(sampler);
  const save = { medianMs: median(writes), bareMedianMs: median(bareWrites) };
  const open = { medianMs: median(reads), bareMedianMs: median(bareReads) };
  return {
    benchmark: 'evaluation-file',
    target: 'saving and opening within 1.5x of the bare work (JSON and fflate zip of the same bytes)',
    documents: snapshot.tables.documents?.length,
    segments: snapshot.tables.segments?.length,
    fileBytes: file.byteLength,
    bareBytes: bare.byteLength,
    save: { ...save, ratio: Math.round((save.medianMs / save.bareMedianMs) * 100) / 100 },
    open: { ...open, ratio: Math.round((open.medianMs / open.bareMedianMs) * 100) / 100 },
    peakHeapMb: Math.round(peakHeap / 1024 / 1024),
    runs: RUNS,
  };
}
