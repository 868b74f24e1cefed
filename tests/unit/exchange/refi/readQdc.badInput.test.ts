// Bad input to readQdc and readQdcBytes: each gets its error code, or a warning, and nothing throws.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { QDC_LIMITS, readQdc, readQdcBytes, writeQdc, type QdcErrorCode, type ReadQdcResult } from '../../../../shared/exchange/refi';
import { seededRandom } from '../../../support/random';
import { frameworkCodebook, uuids } from './refiFixtures';

const G = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const code = (n: number, inner = '') => `<Code guid="${G(n)}" name="c${n}" isCodable="true">${inner}</Code>`;
const codebook = (codes: string) => `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`;

function errorOf(result: ReadQdcResult): QdcErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error;
}

describe('readQdc refuses what it cannot read safely', () => {
  it('checks its input at the boundary', () => {
    for (const input of [undefined, null, 42, {}, ['<CodeBook/>'], new Uint8Array([60])]) expect(errorOf(readQdc(input))).toBe('invalidInput');
    for (const input of [undefined, null, 42, {}, '<CodeBook/>', [1, 2]]) expect(errorOf(readQdcBytes(input))).toBe('invalidInput');
  });

  it('says an empty file is empty', () => {
    for (const input of ['', '   \n\t', '\ufeff', '\ufeff  ']) expect(errorOf(readQdc(input))).toBe('empty');
    expect(errorOf(readQdcBytes(new Uint8Array()))).toBe('empty');
    expect(errorOf(readQdcBytes(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('empty');
  });

  it('says what is not XML is not XML', () => {
    for (const input of ['just text', '{"codes": []}', '<CodeBook><Codes>', `${codebook(code(1))}<extra>`, '<CodeBook attr=unquoted/>', '<CodeBook></Codes>']) {
      expect(errorOf(readQdc(input)), input).toBe('notXml');
    }
    const random = seededRandom(7);
    const garbage = Uint8Array.from({ length: 4000 }, () => random.int(0, 255));
    expect(errorOf(readQdcBytes(garbage))).toBe('notXml');
  });

  it('says well-formed XML of another kind is not a codebook', () => {
    expect(errorOf(readQdc('<html><body>Hej</body></html>'))).toBe('wrongRoot');
    expect(errorOf(readQdc('<Codes><Code guid="x" name="y" isCodable="true"/></Codes>'))).toBe('wrongRoot');
    expect(errorOf(readQdc('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))).toBe('wrongRoot');
  });

  it('says a project without a codebook has none, and a codebook without codes has none', () => {
    expect(errorOf(readQdc('<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources/></Project>'))).toBe('noCodeBook');
    // A CodeBook nested anywhere but directly under Project is not the project's codebook.
    expect(errorOf(readQdc(`<Project name="p"><Sources>${codebook(code(1))}</Sources></Project>`))).toBe('noCodeBook');
    expect(errorOf(readQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'))).toBe('noCodes');
    expect(errorOf(readQdc('<CodeBook/>'))).toBe('noCodes');
    expect(errorOf(readQdc('<Project name="p"><CodeBook><Codes></Codes></CodeBook></Project>'))).toBe('noCodes');
    // Code elements outside <Codes> are not the codebook's.
    expect(errorOf(readQdc(`<CodeBook>${code(1)}</CodeBook>`))).toBe('noCodes');
  });

  it('refuses two codes with one GUID, however it is written, and imports none of them', () => {
    expect(errorOf(readQdc(codebook(code(1) + code(1))))).toBe('duplicateGuid');
    expect(errorOf(readQdc(codebook(code(1, code(1)))))).toBe('duplicateGuid');
    const upper = `<Code guid="{${G(1).toUpperCase()}}" name="again" isCodable="true"/>`;
    expect(errorOf(readQdc(codebook(code(1) + upper)))).toBe('duplicateGuid');
  });

  it('refuses a file too large, with too many codes, or nested too deep', () => {
    expect(errorOf(readQdc(' '.repeat(QDC_LIMITS.maxXmlChars + 1)))).toBe('tooLarge');
    const many = Array.from({ length: QDC_LIMITS.maxCodes + 1 }, (_, i) => code(i + 1)).join('');
    expect(errorOf(readQdc(codebook(many)))).toBe('tooLarge');
    expect(errorOf(readQdc(codebook(many.slice(0, many.lastIndexOf('<Code ')))))).toBe('ok');
    let deep = '';
    for (let i = QDC_LIMITS.maxDepth + 1; i >= 1; i--) deep = code(i, deep);
    expect(errorOf(readQdc(codebook(deep)))).toBe('tooDeep');
    let deepest = '';
    for (let i = QDC_LIMITS.maxDepth; i >= 1; i--) deepest = code(i, deepest);
    expect(errorOf(readQdc(codebook(deepest)))).toBe('ok');
  });

  it('refuses a zip without a project, a damaged zip and an OLE file', () => {
    expect(errorOf(readQdcBytes(zipSync({ 'Sources/a.docx': strToU8('x'), 'readme.txt': strToU8('y') })))).toBe('noProjectInZip');
    expect(errorOf(readQdcBytes(zipSync({ 'a.qde': strToU8(codebook(code(1))), 'b.qde': strToU8(codebook(code(2))) })))).toBe('noProjectInZip');
    expect(errorOf(readQdcBytes(zipSync({})))).toBe('noProjectInZip');
    const good = zipSync({ 'project.qde': strToU8(codebook(code(1))) });
    expect(errorOf(readQdcBytes(good))).toBe('ok');
    expect(errorOf(readQdcBytes(good.slice(0, good.length - 30)))).toBe('notZip');
    // A byte of the compressed project (after the 30-byte local header and the 11-byte name).
    const flipped = good.slice();
    flipped[44] = (flipped[44] as number) ^ 0xff;
    expect(errorOf(readQdcBytes(flipped))).toBe('notZip');
    expect(errorOf(readQdcBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('notZip');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorOf(readQdcBytes(ole))).toBe('notZip');
    // The project inside a zip is read like any XML: its errors are its own.
    expect(errorOf(readQdcBytes(zipSync({ 'project.qde': strToU8('<html/>') })))).toBe('wrongRoot');
  });

  it('refuses a project.qde that would unpack beyond the limit before unpacking it', () => {
    const zip = zipSync({ 'project.qde': strToU8(codebook(code(1))) });
    // Make the central directory declare a project.qde of maxXmlBytes + 1 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, QDC_LIMITS.maxXmlBytes + 1, true);
    expect(errorOf(readQdcBytes(zip))).toBe('tooLarge');
  });

  it('never throws on damaged versions of a real codebook (seeded truncations and byte flips)', () => {
    const xml = writeQdc(frameworkCodebook().slice(0, 12), { language: 'sv', origin: 'Spårbar', newGuid: uuids('3') });
    const bytes = strToU8(xml);
    const zipped = zipSync({ 'project.qde': bytes });
    const random = seededRandom(42);
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const source = i % 3 === 0 ? zipped : bytes;
      const damaged = random.next() < 0.5 ? source.slice(0, random.int(0, source.length)) : source.slice();
      if (damaged.length > 0) for (let flips = random.int(1, 4); flips > 0; flips--) damaged[random.int(0, damaged.length - 1)] = random.int(0, 255);
      const result = readQdcBytes(damaged);
      outcomes.add(errorOf(result));
      if (result.ok) for (const c of result.codes) expect(c.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    // The damage reached several outcomes, so the loop exercised more than one path.
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  });
});
