import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: records requests; the test answers as the report worker would. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void; message: string }) => void) | null = null;
  requests: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: unknown) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data });
  }
}

async function load() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('../../../renderer/services/workers/reportInWorker');
}

afterEach(() => vi.unstubAllGlobals());

const PREVIEW = { type: 'preview', preview: {} };
const BUILT = { type: 'built', bytes: new Uint8Array([1]), fileName: 'R.docx', millis: 5 };

describe('the report worker kept between requests', () => {
  it('makes the report in the worker that answered the preview, with its code and database ready', async () => {
    const { previewReportInWorker, buildReportInWorker } = await load();
    const preview = previewReportInWorker('db', 'e1', '2026-12-07');
    FakeWorker.made[0]?.answer(PREVIEW);
    expect((await preview.result).ok).toBe(true);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
    const build = buildReportInWorker('db', 'e1', '2026-12-07', () => {});
    expect(FakeWorker.made).toHaveLength(1);
    FakeWorker.made[0]?.answer(BUILT);
    expect(await build.result).toEqual({ ok: true, bytes: BUILT.bytes, fileName: 'R.docx', millis: 5 });
  });

  it('ends a cancelled or crashed worker, and the next request gets a new one', async () => {
    const { buildReportInWorker, previewReportInWorker } = await load();
    const cancelled = buildReportInWorker('db', 'e1', '2026-12-07', () => {});
    cancelled.cancel();
    expect(await cancelled.result).toEqual({ ok: false, cancelled: true, detail: '' });
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const crashed = previewReportInWorker('db', 'e1', '2026-12-07');
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]?.answer({ type: 'crashed', detail: 'RangeError: x' });
    expect(await crashed.result).toEqual({ ok: false, cancelled: false, detail: 'RangeError: x' });
    expect(FakeWorker.made[1]?.terminated).toBe(true);
    previewReportInWorker('db', 'e1', '2026-12-07');
    expect(FakeWorker.made).toHaveLength(3);
  });

  it('keeps one worker: two requests at once use two, and the second to answer ends', async () => {
    const { previewReportInWorker } = await load();
    const first = previewReportInWorker('db', 'e1', '2026-12-07');
    const second = previewReportInWorker('db', 'e1', '2026-12-07');
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[0]?.answer(PREVIEW);
    FakeWorker.made[1]?.answer(PREVIEW);
    await Promise.all([first.result, second.result]);
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([false, true]);
  });
});
