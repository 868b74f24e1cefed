/**
 * The renderer's side of opening files on each platform: the Electron platform reads main's handles piece
 * by piece; every platform refuses a choice over the limits whole and tells its onOpenRefused listeners.
 */
import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform, readOpenedFile } from '../../../../renderer/platform/electronPlatform';
import { readPickedFiles } from '../../../../renderer/platform/readPickedFiles';
import { createTestingPlatform } from '../../../../renderer/platform/testingPlatform';
import { createWebPlatform } from '../../../../renderer/platform/webPlatform';
import { MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_READ_CHUNK_BYTES, type OpenRefusal, type ReadOpenedFileRequest, type SparbarApi } from '../../../../shared/ports/ipc';

const ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const OPEN = { title: 'Välj filer', filters: [], multiple: true };

/** A file of `size` bytes whose byte i is i mod 251, as main would hand it out in pieces. */
function fakeApi(size: number, overrides: Partial<SparbarApi> = {}) {
  const content = new Uint8Array(size);
  for (let i = 0; i < size; i++) content[i] = i % 251;
  const readOpenedFile = vi.fn(async ({ offset, length }: ReadOpenedFileRequest) => content.slice(offset, offset + length));
  const api = {
    openFiles: vi.fn(async () => ({ cancelled: false as const, files: [{ id: ID, name: 'rapport.pdf', size }], tooLarge: ['huge.pdf'] })),
    readOpenedFile,
    ...overrides,
  } as unknown as SparbarApi;
  return { api, content, readOpenedFile };
}

/** A dropped or picked file of `size` bytes that records whether it was read. */
function dropped(name: string, size: number) {
  return { name, size, arrayBuffer: vi.fn(async () => new ArrayBuffer(Math.min(size, 8))) };
}

describe('the Electron platform', () => {
  it('reads each file main granted in pieces of at most MAX_READ_CHUNK_BYTES and gives it whole', async () => {
    const size = 2 * MAX_READ_CHUNK_BYTES + 5;
    const { api, content, readOpenedFile } = fakeApi(size);
    const result = await createElectronPlatform(api).openFiles(OPEN);
    expect(readOpenedFile.mock.calls.map(([request]) => request)).toEqual([
      { id: ID, offset: 0, length: MAX_READ_CHUNK_BYTES },
      { id: ID, offset: MAX_READ_CHUNK_BYTES, length: MAX_READ_CHUNK_BYTES },
      { id: ID, offset: 2 * MAX_READ_CHUNK_BYTES, length: 5 },
    ]);
    expect(result.cancelled).toBe(false);
    if (result.cancelled) return;
    expect(result.tooLarge).toEqual(['huge.pdf']);
    expect(result.files[0]?.name).toBe('rapport.pdf');
    // Compared as bytes: toEqual over 16 MB of numbers would take the test's memory.
    expect(Buffer.compare(Buffer.from(result.files[0]!.bytes), Buffer.from(content))).toBe(0);
  });

  it('gives an empty file without asking for a piece', async () => {
    const { api, readOpenedFile } = fakeApi(0);
    const result = await createElectronPlatform(api).openFiles(OPEN);
    expect(!result.cancelled && result.files[0]?.bytes.byteLength).toBe(0);
    expect(readOpenedFile).not.toHaveBeenCalled();
  });

  it('fails when a piece does not come whole', async () => {
    const { api } = fakeApi(10, { readOpenedFile: async () => new Uint8Array(3) });
    await expect(readOpenedFile(api, { id: ID, name: 'rapport.pdf', size: 10 })).rejects.toThrow(/rapport\.pdf/);
  });

  it("tells its listeners of main's refusal and gives a cancelled result", async () => {
    const refused: OpenRefusal = { reason: 'batchTooLarge', count: 5, totalBytes: MAX_OPEN_BATCH_BYTES + 1, maxBytes: MAX_OPEN_BATCH_BYTES };
    const { api, readOpenedFile: read } = fakeApi(1, { openFiles: async () => ({ cancelled: true, refused }) });
    const platform = createElectronPlatform(api);
    const heard: OpenRefusal[] = [];
    const stop = platform.onOpenRefused((refusal) => heard.push(refusal));
    expect(await platform.openFiles(OPEN)).toEqual({ cancelled: true, refused });
    expect(heard).toEqual([refused]);
    expect(read).not.toHaveBeenCalled();
    stop();
    await platform.openFiles(OPEN);
    expect(heard).toHaveLength(1);
  });
});

describe('readPickedFiles (web mode, and drops on either platform)', () => {
  it('reads the files within the limits and names those too large, unread', async () => {
    const small = dropped('a.docx', 4);
    const huge = dropped('huge.pdf', MAX_OPEN_FILE_BYTES + 1);
    const result = await readPickedFiles([small, huge]);
    expect(result).toEqual({ cancelled: false, files: [{ name: 'a.docx', bytes: expect.any(Uint8Array) }], tooLarge: ['huge.pdf'] });
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('refuses a choice over 1 GB together whole, reading none of it', async () => {
    const files = [0, 1, 2, 3, 4].map((i) => dropped(`del${i}.pdf`, 250 * 1024 * 1024));
    expect(await readPickedFiles(files)).toEqual({ cancelled: true, refused: { reason: 'batchTooLarge', count: 5, totalBytes: 1250 * 1024 * 1024, maxBytes: MAX_OPEN_BATCH_BYTES } });
    for (const file of files) expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it('is cancelled, not refused, with no files', async () => {
    expect(await readPickedFiles([])).toEqual({ cancelled: true });
  });
});

describe('drops and refusals on each platform', () => {
  it.each([
    ['web', () => createWebPlatform()],
    ['electron', () => createElectronPlatform(fakeApi(1).api)],
    ['testing', () => createTestingPlatform()],
  ])('%s: a drop over the limits is refused and its listeners told', async (_name, create) => {
    const platform = create();
    const heard: OpenRefusal[] = [];
    platform.onOpenRefused((refusal) => heard.push(refusal));
    const files = Array.from({ length: 501 }, (_, i) => dropped(`f${i}.txt`, 1));
    expect(await platform.readDroppedFiles(files)).toEqual({ cancelled: true, refused: { reason: 'tooManyFiles', count: 501, max: 500 } });
    expect(heard).toEqual([{ reason: 'tooManyFiles', count: 501, max: 500 }]);
    expect(await platform.readDroppedFiles([dropped('a.txt', 3)])).toMatchObject({ cancelled: false, tooLarge: [] });
    expect(heard).toHaveLength(1);
  });

  it('testing: willRefuseOpen makes the next dialog refused, told to the listeners', async () => {
    const platform = createTestingPlatform();
    const heard: OpenRefusal[] = [];
    platform.onOpenRefused((refusal) => heard.push(refusal));
    platform.willRefuseOpen({ reason: 'tooManyFiles', count: 600, max: 500 });
    expect(await platform.openFiles(OPEN)).toEqual({ cancelled: true, refused: { reason: 'tooManyFiles', count: 600, max: 500 } });
    expect(await platform.openFiles(OPEN)).toEqual({ cancelled: true });
    expect(heard).toEqual([{ reason: 'tooManyFiles', count: 600, max: 500 }]);
  });
});
