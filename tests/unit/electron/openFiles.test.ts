/**
 * The open dialog's files, granted by handle and read piece by piece (electron/openFiles.ts), on real files
 * in a temporary folder (large ones sparse, so they use no disk).
 */
import { mkdir, mkdtemp, rm, truncate, writeFile, appendFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type InvokeEvent, type IpcEffects } from '../../../electron/ipc';
import { OpenedFiles, openFiles, readFileChunk, readOpenedFile, type OpenFilesEffects } from '../../../electron/openFiles';
import { MAX_OPEN_BATCH_BYTES, MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES, MAX_READ_CHUNK_BYTES } from '../../../shared/ports/ipc';

const GOOD_OPEN = { title: 'Välj filer', filters: [{ name: 'Word', extensions: ['docx'] }], multiple: true };
const MiB = 1024 * 1024;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sparbar-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function effects(filePaths: string[], canceled = false) {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled, filePaths })),
    stat: vi.fn((file: string) => stat(file)),
    readChunk: vi.fn(readFileChunk),
  } satisfies OpenFilesEffects;
}

async function file(name: string, content: string | number): Promise<string> {
  const target = path.join(dir, name);
  await mkdir(path.dirname(target), { recursive: true });
  if (typeof content === 'string') await writeFile(target, content);
  else {
    await writeFile(target, '');
    await truncate(target, content);
  }
  return target;
}

/** Reads a granted file whole, a piece of at most `piece` bytes at a time. */
async function readWhole(fx: OpenFilesEffects, opened: OpenedFiles, handle: { id: string; size: number }, piece = MAX_READ_CHUNK_BYTES) {
  const bytes = new Uint8Array(handle.size);
  for (let offset = 0; offset < handle.size; offset += piece) {
    bytes.set(await readOpenedFile({ id: handle.id, offset, length: Math.min(piece, handle.size - offset) }, fx, opened), offset);
  }
  return bytes;
}

describe('openFiles', () => {
  it('answers a handle per chosen file (base name, size, a random id), never the bytes or the path', async () => {
    const fx = effects([await file('Slutrapport.docx', 'docx bytes'), await file('sub/register.csv', 'a;b\n1;2')]);
    const result = await openFiles(GOOD_OPEN, fx, new OpenedFiles());
    expect(fx.showOpenDialog).toHaveBeenCalledWith({ title: 'Välj filer', filters: GOOD_OPEN.filters, properties: ['openFile', 'multiSelections'] });
    expect(result).toEqual({
      cancelled: false,
      files: [
        { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Slutrapport.docx', size: 10 },
        { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'register.csv', size: 7 },
      ],
      tooLarge: [],
    });
    expect(JSON.stringify(result)).not.toContain(dir);
    expect(fx.readChunk).not.toHaveBeenCalled();
  });

  it('asks for one file when multiple is false, and takes only the first', async () => {
    const fx = effects([await file('a.txt', 'a'), await file('b.txt', 'b')]);
    const result = await openFiles({ ...GOOD_OPEN, multiple: false }, fx, new OpenedFiles());
    expect(fx.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
    expect(!result.cancelled && result.files.map((f) => f.name)).toEqual(['a.txt']);
  });

  it('returns cancelled when the dialog is cancelled or empty', async () => {
    const fx = effects([], true);
    expect(await openFiles(GOOD_OPEN, fx, new OpenedFiles())).toEqual({ cancelled: true });
    expect(await openFiles(GOOD_OPEN, effects([]), new OpenedFiles())).toEqual({ cancelled: true });
    expect(fx.stat).not.toHaveBeenCalled();
  });

  it('names files over the size limit and grants only the rest', async () => {
    const opened = new OpenedFiles();
    const fx = effects([await file('huge.pdf', MAX_OPEN_FILE_BYTES + 1), await file('small.txt', 'ok')]);
    const result = await openFiles(GOOD_OPEN, fx, opened);
    expect(result).toEqual({ cancelled: false, files: [expect.objectContaining({ name: 'small.txt', size: 2 })], tooLarge: ['huge.pdf'] });
    expect(opened.size).toBe(1);
  });

  it(`refuses more than ${MAX_OPEN_FILES} files whole, without looking at one`, async () => {
    const opened = new OpenedFiles();
    const fx = effects(Array.from({ length: MAX_OPEN_FILES + 1 }, (_, i) => path.join(dir, `f${i}.txt`)));
    expect(await openFiles(GOOD_OPEN, fx, opened)).toEqual({ cancelled: true, refused: { reason: 'tooManyFiles', count: MAX_OPEN_FILES + 1, max: MAX_OPEN_FILES } });
    expect(fx.stat).not.toHaveBeenCalled();
    expect(opened.size).toBe(0);
  });

  it('refuses a choice over 1 GB together whole, naming its size and the cap; files too large alone do not count', async () => {
    const opened = new OpenedFiles();
    const sizes = [250, 250, 250, 250, 100].map((mib) => mib * MiB);
    const paths = await Promise.all(sizes.map((size, i) => file(`del${i}.pdf`, size)));
    paths.push(await file('huge.pdf', MAX_OPEN_FILE_BYTES + 1));
    const result = await openFiles(GOOD_OPEN, effects(paths), opened);
    expect(result).toEqual({ cancelled: true, refused: { reason: 'batchTooLarge', count: 5, totalBytes: 1100 * MiB, maxBytes: MAX_OPEN_BATCH_BYTES } });
    expect(MAX_OPEN_BATCH_BYTES).toBe(1024 * MiB);
    expect(opened.size).toBe(0);
  });

  it('opens a choice of exactly the cap', async () => {
    const paths = await Promise.all([0, 1, 2, 3].map((i) => file(`del${i}.pdf`, MAX_OPEN_BATCH_BYTES / 4)));
    const result = await openFiles(GOOD_OPEN, effects(paths), new OpenedFiles());
    expect(result.cancelled).toBe(false);
  });

  it('refuses a folder', async () => {
    await mkdir(path.join(dir, 'folder.docx'));
    await expect(openFiles(GOOD_OPEN, effects([path.join(dir, 'folder.docx')]), new OpenedFiles())).rejects.toThrow(/not a file/);
  });
});

describe('readOpenedFile', () => {
  it('gives a granted file piece by piece, and the grant ends with its last piece', async () => {
    const content = 'Slutrapport för Projekt Y – ÅÄÖ åäö';
    const fx = effects([await file('rapport.txt', content)]);
    const opened = new OpenedFiles();
    const result = await openFiles(GOOD_OPEN, fx, opened);
    if (result.cancelled) throw new Error('cancelled');
    const handle = result.files[0]!;
    expect(new TextDecoder().decode(await readWhole(fx, opened, handle, 5))).toBe(content);
    expect(fx.readChunk).toHaveBeenCalledTimes(Math.ceil(handle.size / 5));
    expect(opened.size).toBe(0);
    await expect(readOpenedFile({ id: handle.id, offset: 0, length: 1 }, fx, opened)).rejects.toThrow(/choose it again/);
  });

  it(`never answers more than ${MAX_READ_CHUNK_BYTES / MiB} MiB in one reply`, async () => {
    const fx = effects([await file('stor.pdf', MAX_READ_CHUNK_BYTES + 3)]);
    const opened = new OpenedFiles();
    const result = await openFiles(GOOD_OPEN, fx, opened);
    if (result.cancelled) throw new Error('cancelled');
    const handle = result.files[0]!;
    await expect(readOpenedFile({ id: handle.id, offset: 0, length: MAX_READ_CHUNK_BYTES + 1 }, fx, opened)).rejects.toThrow(/length/);
    expect((await readWhole(fx, opened, handle)).byteLength).toBe(MAX_READ_CHUNK_BYTES + 3);
    expect(fx.readChunk.mock.calls.map(([, offset, length]) => [offset, length])).toEqual([
      [0, MAX_READ_CHUNK_BYTES],
      [MAX_READ_CHUNK_BYTES, 3],
    ]);
  });

  it('refuses the files of an earlier choice once another is made', async () => {
    const opened = new OpenedFiles();
    const first = await openFiles(GOOD_OPEN, effects([await file('a.txt', 'aaa')]), opened);
    const fx = effects([await file('b.txt', 'bbb')]);
    await openFiles(GOOD_OPEN, fx, opened);
    if (first.cancelled) throw new Error('cancelled');
    await expect(readOpenedFile({ id: first.files[0]!.id, offset: 0, length: 3 }, fx, opened)).rejects.toThrow(/no such opened file/);
    expect(fx.readChunk).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'a.txt'],
    ['a path as the id', { id: '/etc/passwd', offset: 0, length: 1 }],
    ['a negative offset', { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: -1, length: 1 }],
    ['a fractional offset', { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0.5, length: 1 }],
    ['no length', { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0, length: 0 }],
    ['a length as text', { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0, length: '1' }],
    ['an id never handed out', { id: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', offset: 0, length: 1 }],
  ])('refuses %s before reading anything', async (_name, request) => {
    const fx = effects([]);
    await expect(readOpenedFile(request, fx, new OpenedFiles())).rejects.toThrow();
    expect(fx.readChunk).not.toHaveBeenCalled();
  });

  it('refuses a piece past the end of the file', async () => {
    const fx = effects([await file('a.txt', 'abc')]);
    const opened = new OpenedFiles();
    const result = await openFiles(GOOD_OPEN, fx, opened);
    if (result.cancelled) throw new Error('cancelled');
    await expect(readOpenedFile({ id: result.files[0]!.id, offset: 2, length: 2 }, fx, opened)).rejects.toThrow(/after the end/);
    expect(fx.readChunk).not.toHaveBeenCalled();
  });

  it('refuses a file that changed after it was chosen (still being written)', async () => {
    const target = await file('växer.txt', 'abc');
    const fx = effects([target]);
    const opened = new OpenedFiles();
    const result = await openFiles(GOOD_OPEN, fx, opened);
    if (result.cancelled) throw new Error('cancelled');
    await appendFile(target, 'def');
    await expect(readOpenedFile({ id: result.files[0]!.id, offset: 0, length: 3 }, fx, opened)).rejects.toThrow(/växer\.txt changed after it was chosen/);
  });
});

describe('the IPC handlers', () => {
  it('grant on openFiles what readOpenedFile then reads, for the trusted window only', async () => {
    const target = await file('a.txt', 'hej');
    const trusted = { id: 7, mainFrame: { processId: 3, routingId: 1 } };
    const event: InvokeEvent = { sender: { id: 7 }, senderFrame: { url: 'app://sparbar/index.html', parent: null, processId: 3, routingId: 1 } };
    const handlers = createIpcHandlers({ ...effects([target]), trustedContents: () => trusted } as unknown as IpcEffects);
    const result = (await handlers.openFiles(event, GOOD_OPEN)) as { files: { id: string }[] };
    const id = result.files[0]!.id;
    await expect(handlers.readOpenedFile({ ...event, senderFrame: { ...event.senderFrame!, url: 'https://evil.example/' } }, { id, offset: 0, length: 3 })).rejects.toThrow(/IPC refused/);
    expect(new TextDecoder().decode((await handlers.readOpenedFile(event, { id, offset: 0, length: 3 })) as Uint8Array)).toBe('hej');
  });
});

describe('readFileChunk', () => {
  it('reads from an offset, no further than the end, with the size of the file', async () => {
    const target = await file('a.txt', '0123456789');
    expect(await readFileChunk(target, 3, 4)).toEqual({ bytes: new TextEncoder().encode('3456'), size: 10 });
    const tail = await readFileChunk(target, 8, 4);
    expect([new TextDecoder().decode(tail.bytes), tail.size]).toEqual(['89', 10]);
  });
});
