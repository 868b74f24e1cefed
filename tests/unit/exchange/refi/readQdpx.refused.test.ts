// readQdpx refuses what it cannot read whole, with a code the catalogs word, and imports nothing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../../../shared/domain/importLimits';
import { QDPX_ERROR_CODES, readQdpx } from '../../../../shared/exchange/refi';
import { en, sv, translate } from '../../../../shared/i18n';
import { CODE_1, projectQdeText, qdpxBytes, readOptions, selection, textSource } from '../../../support/refiProjects';
import { seededRandom } from '../../../support/random';

const utf8 = (text: string) => new TextEncoder().encode(text);
const errorOf = async (bytes: unknown, extra = {}) => {
  const result = await readQdpx(bytes, readOptions(extra));
  return result.ok ? 'ok' : result.error;
};

describe('readQdpx refuses', () => {
  it('what is not bytes, and an empty file', async () => {
    expect(await errorOf('project.qde')).toBe('invalidInput');
    expect(await errorOf(new Uint8Array())).toBe('empty');
    expect(await errorOf(utf8('  \n'))).toBe('empty');
  });

  it('a broken zip, and a zip without project.qde', async () => {
    const zip = qdpxBytes({ 'project.qde': projectQdeText('') });
    expect(await errorOf(zip.slice(0, zip.length - 30))).toBe('notZip');
    expect(await errorOf(qdpxBytes({ 'sources/a.txt': 'text' }))).toBe('noProject');
  });

  it('XML that is not well-formed, and XML that is no project', async () => {
    expect(await errorOf(utf8(projectQdeText('<Sources><TextSource guid="x">').replace('</Project>', '')))).toBe('notXml');
    expect(await errorOf(qdpxBytes({ 'project.qde': '<Project name="x"><Sources></Project>' }))).toBe('notXml');
    expect(await errorOf(utf8(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${CODE_1}" name="a" isCodable="true"/></Codes></CodeBook>`))).toBe('notProject');
  });

  it('two codes of one GUID', async () => {
    const twice = projectQdeText('').replace('<Code guid="c0de0002-0000-4000-8000-000000000002"', `<Code guid="${CODE_1}"`);
    expect(await errorOf(utf8(twice))).toBe('duplicateGuid');
  });

  it('past the import limits: the file’s size, elements nested too deep, a source too large', async () => {
    const project = projectQdeText(`<Sources><TextSource guid="aaaaaaaa-0000-4000-8000-000000000001" name="a" plainTextPath="internal://a.txt"/></Sources>`);
    const file = qdpxBytes({ 'project.qde': project, 'sources/a.txt': 'x'.repeat(5000) });
    expect(await errorOf(file, { limits: { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 100 } })).toBe('tooLarge');
    expect(await errorOf(file, { limits: { ...DEFAULT_IMPORT_LIMITS, maxPartBytes: 1000 } })).toBe('tooLarge');
    expect(await errorOf(file, { limits: { ...DEFAULT_IMPORT_LIMITS, maxCharacters: 1000 } })).toBe('tooLarge');
    expect(await errorOf(file)).toBe('ok');
    const deep = projectQdeText(`<Description>${'<x>'.repeat(40)}${'</x>'.repeat(40)}</Description>`);
    expect(await errorOf(utf8(deep), { limits: { ...DEFAULT_IMPORT_LIMITS, maxElementDepth: 20 } })).toBe('tooDeep');
  });

  it('with every refusal worded in both languages', () => {
    for (const code of QDPX_ERROR_CODES) {
      for (const catalog of [sv, en]) expect(translate(catalog, `refiImport.errors.${code}`)).not.toBe(`refiImport.errors.${code}`);
    }
  });
});

describe('readQdpx on damaged projects', () => {
  it('never throws (seeded truncations and byte flips of a project with sources), and whatever it takes is whole', async () => {
    const S1 = 'aaaaaaaa-0000-4000-8000-000000000001';
    const project = projectQdeText(
      `<Sources>${textSource(S1, 'Intervju', 'internal://one.txt', selection('5e1ec700-0000-4000-8000-000000000001', 0, 9) + selection('5e1ec700-0000-4000-8000-000000000002', 10, 15))}</Sources>`,
    );
    const text = 'Samverkan mellan kommuner 😀 i länet.\r\nNästa stycke.';
    const zipped = qdpxBytes({ 'project.qde': project, 'sources/one.txt': text });
    const bare = utf8(project);
    const random = seededRandom(14);
    const outcomes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const source = i % 2 === 0 ? zipped : bare;
      const damaged = random.next() < 0.5 ? source.slice(0, random.int(0, source.length)) : source.slice();
      if (damaged.length > 0) for (let flips = random.int(1, 4); flips > 0; flips--) damaged[random.int(0, damaged.length - 1)] = random.int(0, 255);
      const result = await readQdpx(damaged, readOptions());
      outcomes.add(result.ok ? 'ok' : result.error);
      if (!result.ok) continue;
      // What is taken is consistent: every passage lies within its document's text and quotes it.
      const texts = new Map((result.snapshot.tables.documentTexts ?? []).map((t) => [t.documentId, String(t.text)]));
      for (const segment of result.snapshot.tables.segments ?? []) {
        const { start, end } = segment.position as { start: number; end: number };
        expect(texts.get(String(segment.documentId))?.slice(start, end)).toBe((segment.quote as { exact: string }).exact);
      }
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  });
});
