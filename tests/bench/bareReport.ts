// The bare library time the report benchmark (scripts/benchReport.mjs) compares the app with: the docx
// library's Packer on the very Document the app's renderer builds for the same evaluation. Run in the app's
// page (built as a script by tests/bench/vite.report.config.ts): the evaluation is read as the report
// worker reads it, the same model and renderer run, and Packer.pack is wrapped to time it alone. Charts get
// a fixed small PNG here (the rasteriser is not the library under comparison).
import { Packer } from 'docx';
import { browserDeps, createRepositories, openDatabase } from '../../renderer/store';
import { reportInputFromTables } from '../../shared/report/model/reportInput';
import { buildReportDocument } from '../../shared/report/model/buildReport';
import { renderReportDocx } from '../../shared/report/docx/renderReport';

/** A 1x1 white PNG. */
const PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

interface BareRun {
  packMs: number;
  /** The same pipeline's phases on this thread, for where the time goes: reading, building the document, rendering (packing included). */
  readMs: number;
  buildMs: number;
  renderMs: number;
  bytes: number;
  blocks: number;
  quotes: number;
}

async function run(evaluationId: string): Promise<BareRun> {
  const original = Packer.pack.bind(Packer);
  let packMs = 0;
  (Packer as unknown as { pack: typeof Packer.pack }).pack = (async (...args: Parameters<typeof Packer.pack>) => {
    const started = performance.now();
    const result = await original(...args);
    packMs += performance.now() - started;
    return result;
  }) as typeof Packer.pack;
  try {
    const started = performance.now();
    const repos = createRepositories(await openDatabase('sparbar'), browserDeps, () => []);
    const snapshot = await repos.evaluationFiles.snapshotOf(evaluationId, { originals: false });
    const read = performance.now();
    const document = buildReportDocument(reportInputFromTables(snapshot.tables, 'sv', new Date().toISOString().slice(0, 10)));
    const built = performance.now();
    const bytes = await renderReportDocx(document, { rasterize: async () => ({ png: PIXEL, width: 1, height: 1 }) });
    const rendered = performance.now();
    return {
      packMs,
      readMs: read - started,
      buildMs: built - read,
      renderMs: rendered - built,
      bytes: bytes.byteLength,
      blocks: document.blocks.length,
      quotes: document.blocks.filter((b) => b.kind === 'quote').length,
    };
  } finally {
    (Packer as unknown as { pack: typeof Packer.pack }).pack = original;
  }
}

(globalThis as unknown as { sparbarBareReport: unknown }).sparbarBareReport = { run };
