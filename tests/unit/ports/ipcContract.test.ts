import { describe, expect, it } from 'vitest';
import {
  isMenuCommand,
  isSafeFileName,
  MAX_SAVE_FILE_BYTES,
  MENU_COMMANDS,
  parseLanguage,
  parseOpenFilesRequest,
  parseSaveFileRequest,
} from '../../../shared/ports/ipc';
import { ShapeError } from '../../../shared/base/guards';

const GOOD_OPEN = { title: 'Välj filer', filters: [{ name: 'Textfiler', extensions: ['txt', 'md'] }], multiple: false };
const GOOD_SAVE = {
  title: 'Spara som',
  suggestedName: 'Utvärderingsrapport – Mellanbygden 2024.docx',
  filters: [{ name: 'Word', extensions: ['docx'] }],
  bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
};

describe('parseOpenFilesRequest', () => {
  it('accepts a good request and returns only the known fields', () => {
    expect(parseOpenFilesRequest(GOOD_OPEN)).toEqual(GOOD_OPEN);
    const parsed = parseOpenFilesRequest({ ...GOOD_OPEN, defaultPath: '/etc', properties: ['openDirectory'] });
    expect(Object.keys(parsed).sort()).toEqual(['filters', 'multiple', 'title']);
  });

  it('accepts the wildcard extension, no filters, and the limits exactly', () => {
    expect(parseOpenFilesRequest({ ...GOOD_OPEN, filters: [{ name: 'Alla filer', extensions: ['*'] }] }).filters[0]?.extensions).toEqual(['*']);
    expect(parseOpenFilesRequest({ ...GOOD_OPEN, filters: [] }).filters).toEqual([]);
    const twenty = Array.from({ length: 20 }, (_, i) => ({ name: `F${i}`, extensions: ['txt'] }));
    expect(parseOpenFilesRequest({ ...GOOD_OPEN, filters: twenty }).filters).toHaveLength(20);
    const fifty = Array.from({ length: 50 }, (_, i) => `e${i}`);
    expect(parseOpenFilesRequest({ ...GOOD_OPEN, filters: [{ name: 'n', extensions: fifty }] }).filters[0]?.extensions).toHaveLength(50);
    expect(parseOpenFilesRequest({ ...GOOD_OPEN, title: 't'.repeat(500) }).title).toHaveLength(500);
  });

  it.each([
    ['null', null],
    ['a string', 'open'],
    ['an array', [GOOD_OPEN]],
    ['missing multiple', { title: 'x', filters: [] }],
    ['multiple as a string', { ...GOOD_OPEN, multiple: 'true' }],
    ['a title that is not a string', { ...GOOD_OPEN, title: 42 }],
    ['an overlong title', { ...GOOD_OPEN, title: 't'.repeat(501) }],
    ['filters not a list', { ...GOOD_OPEN, filters: { name: 'x', extensions: ['txt'] } }],
    ['21 filters', { ...GOOD_OPEN, filters: Array.from({ length: 21 }, () => ({ name: 'x', extensions: ['txt'] })) }],
    ['a filter that is not an object', { ...GOOD_OPEN, filters: ['txt'] }],
    ['a filter without extensions', { ...GOOD_OPEN, filters: [{ name: 'x' }] }],
    ['51 extensions', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: Array.from({ length: 51 }, () => 'txt') }] }],
    ['an extension with a dot', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: ['.txt'] }] }],
    ['an extension with a path', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: ['../txt'] }] }],
    ['an empty extension', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: [''] }] }],
    ['an 11-character extension', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: ['abcdefghijk'] }] }],
    ['an extension that is not a string', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: [7] }] }],
    ['a glob extension', { ...GOOD_OPEN, filters: [{ name: 'x', extensions: ['t*t'] }] }],
    ['a filter name that is not a string', { ...GOOD_OPEN, filters: [{ name: null, extensions: ['txt'] }] }],
    ['an overlong filter name', { ...GOOD_OPEN, filters: [{ name: 'n'.repeat(101), extensions: ['txt'] }] }],
  ])('rejects %s', (_name, value) => {
    expect(() => parseOpenFilesRequest(value)).toThrow(ShapeError);
  });
});

describe('isSafeFileName', () => {
  it.each(['rapport.docx', 'Utvärderingsrapport – Mellanbygden 2024.docx', 'Slutrapport (v2).docx', 'a', 'å'.repeat(200), 'x.y.z'])(
    'accepts %j',
    (name) => {
      expect(isSafeFileName(name)).toBe(true);
    },
  );

  it.each([
    ['parent folder', '../x.docx'],
    ['a folder', 'a/b.docx'],
    ['a Windows path', 'C:\\x'],
    ['a drive prefix', 'C:x.docx'],
    ['a Windows folder', 'rapporter\\x.docx'],
    ['a hidden file', '.hidden'],
    ['dot', '.'],
    ['dot dot', '..'],
    ['NUL', 'a\u0000b.docx'],
    ['a new line', 'a\nb.docx'],
    ['a tab', 'a\tb.docx'],
    ['an escape', '\u001bx.docx'],
    ['empty', ''],
    ['201 characters', 'x'.repeat(201)],
    ['a question mark', 'vad?.docx'],
    ['a star', '*.docx'],
    ['angle brackets', '<x>.docx'],
    ['a pipe', 'a|b.docx'],
    ['DEL', 'a\u007fb.docx'],
    ['a Windows device name', 'CON.docx'],
    ['a Windows device name in lower case', 'com1'],
    ['a trailing dot', 'rapport.'],
    ['a trailing space', 'rapport.docx '],
    ['a quote', 'a"b.docx'],
  ])('rejects %s', (_name, name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
});

describe('parseSaveFileRequest', () => {
  it('accepts a good request with the same bytes', () => {
    const parsed = parseSaveFileRequest(GOOD_SAVE);
    expect(parsed).toEqual(GOOD_SAVE);
    expect(parsed.bytes).toBe(GOOD_SAVE.bytes);
  });

  it('accepts a Buffer-like Uint8Array subclass', () => {
    class Bytes extends Uint8Array {}
    expect(parseSaveFileRequest({ ...GOOD_SAVE, bytes: new Bytes(3) }).bytes).toHaveLength(3);
  });

  it.each(['../x.docx', 'a/b.docx', 'C:\\x', '.hidden', 'a\u0001.docx', ''])('rejects the path-like or unsafe name %j', (suggestedName) => {
    expect(() => parseSaveFileRequest({ ...GOOD_SAVE, suggestedName })).toThrow(ShapeError);
  });

  it.each([
    ['null', null],
    ['bytes as a plain list', { ...GOOD_SAVE, bytes: [1, 2, 3] }],
    ['bytes as an ArrayBuffer', { ...GOOD_SAVE, bytes: new ArrayBuffer(4) }],
    ['bytes as a string', { ...GOOD_SAVE, bytes: 'PK' }],
    ['no bytes', { title: 'x', suggestedName: 'x.docx', filters: [] }],
    ['a name that is not a string', { ...GOOD_SAVE, suggestedName: 5 }],
    ['bad filters', { ...GOOD_SAVE, filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['too many filters', { ...GOOD_SAVE, filters: Array.from({ length: 21 }, () => ({ name: 'W', extensions: ['docx'] })) }],
    ['a title that is not a string', { ...GOOD_SAVE, title: undefined }],
  ])('rejects %s', (_name, value) => {
    expect(() => parseSaveFileRequest(value)).toThrow(ShapeError);
  });

  it('rejects a file larger than MAX_SAVE_FILE_BYTES', () => {
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_SAVE_FILE_BYTES + 1 });
    expect(() => parseSaveFileRequest({ ...GOOD_SAVE, bytes: huge })).toThrow(/too large/);
    const limit = new Uint8Array(1);
    Object.defineProperty(limit, 'byteLength', { value: MAX_SAVE_FILE_BYTES });
    expect(parseSaveFileRequest({ ...GOOD_SAVE, bytes: limit }).bytes).toBe(limit);
  });
});

describe('parseLanguage', () => {
  it('accepts sv and en', () => {
    expect(parseLanguage('sv')).toBe('sv');
    expect(parseLanguage('en')).toBe('en');
  });

  it.each([['de'], ['SV'], ['sv-SE'], [''], [null], [undefined], [1], [['sv']]])('rejects %j', (value) => {
    expect(() => parseLanguage(value)).toThrow(ShapeError);
  });
});

describe('isMenuCommand', () => {
  it('accepts every menu command', () => {
    expect(MENU_COMMANDS.length).toBeGreaterThan(0);
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
  });

  it.each([['quit'], ['NEW-EVALUATION'], [''], [null], [undefined], [{}], ['new-evaluation ']])('rejects %j', (value) => {
    expect(isMenuCommand(value)).toBe(false);
  });
});
