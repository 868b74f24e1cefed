// The package around the text: namespaces and prefixes, where the main part is, metadata, external
// entities, and the errors of files that are not (readable) Word documents.
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import {
  externalEntityDocx,
  headingsDocx,
  layoutDocx,
  metadataDocx,
  notADocumentDocx,
  oddPackageDocx,
  strictDocx,
  trackedChangesDocx,
} from '../../../../fixtures/docx/handWrittenDocx';
import { buildDocxPackage, para } from '../../../../fixtures/docx/ooxmlPackage';
import { blockViews, errorCode, importOptions, texts, words } from './importHelpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importDocx: namespaces and package layout', () => {
  it('reads ISO 29500 Strict namespaces like Transitional ones', () => {
    const document = importDocx(strictDocx(), importOptions());
    expect(blockViews(document).map(({ kind, text, level, list, cell }) => ({ kind, text, level, list, header: cell?.header }))).toEqual([
      { kind: 'heading', text: 'Strikt rubrik', level: 1, list: undefined, header: undefined },
      { kind: 'listItem', text: 'Punkt', level: undefined, list: { depth: 0, ordered: false }, header: undefined },
      { kind: 'tableCell', text: 'Huvud', level: undefined, list: undefined, header: true },
      { kind: 'tableCell', text: 'Data', level: undefined, list: undefined, header: false },
    ]);
    expect(document.metadata).toMatchObject({ title: 'Strikt dokument', author: 'Tom', date: '2018-01-22' });
  });

  it('reads any namespace prefix, XML parts with a byte order mark, and a main part found through the relationships', () => {
    expect(texts(importDocx(oddPackageDocx('ns0'), importOptions()))).toEqual(['ref']);
    expect(blockViews(importDocx(oddPackageDocx('bom'), importOptions()))).toEqual([{ kind: 'heading', text: 'Med byte order mark.', level: 1 }]);
    expect(texts(importDocx(oddPackageDocx('path'), importOptions()))).toEqual(['Huvuddelen ligger på en annan plats.']);
  });

  it('works without a styles part', () => {
    const document = importDocx(buildDocxPackage({ body: para('Rubrik utan stilar', '<w:pStyle w:val="Heading2"/>') + para('Text.') }), importOptions());
    expect(blockViews(document)).toEqual([
      { kind: 'heading', text: 'Rubrik utan stilar', level: 2 },
      { kind: 'paragraph', text: 'Text.' },
    ]);
  });

  it('reads every body of a document that has several, and never header or footer parts', () => {
    const document = importDocx(
      buildDocxPackage({
        body: `${para('Första kroppen.')}</w:body><w:body>${para('Andra kroppen.')}`,
        relationships: [{ id: 'rIdHeader', type: 'header', target: 'header1.xml' }],
        extraParts: { 'word/header1.xml': '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Sidhuvud</w:t></w:r></w:p></w:hdr>' },
      }),
      importOptions(),
    );
    expect(texts(document)).toEqual(['Första kroppen.', 'Andra kroppen.']);
  });
});

describe('importDocx: external entities (XXE)', () => {
  it('neither fetches nor expands entities declared in a DOCTYPE: their references stay as literal text', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const document = importDocx(externalEntityDocx(), importOptions());
    expect(texts(document)).toEqual(['Före &xxe; mitt &remote; och &intern; efter & klart.']);
    expect(document.text).not.toContain('root:');
    expect(document.text).not.toContain('expanderad');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('importDocx: metadata', () => {
  it('takes title, author, company and the modification date, else the creation date', () => {
    expect(importDocx(metadataDocx('2023-11-02T08:00:00Z', '2024-01-15T12:00:00Z'), importOptions()).metadata).toEqual({
      title: 'Delrapport 2',
      author: 'Åsa Öberg',
      organisation: 'Region Dalarna',
      date: '2024-01-15',
    });
    expect(importDocx(metadataDocx('2023-11-02T08:00:00Z'), importOptions()).metadata.date).toBe('2023-11-02');
  });

  it('ignores placeholder dates and missing properties', () => {
    expect(importDocx(metadataDocx('1601-01-01T00:00:00Z'), importOptions()).metadata.date).toBeNull();
    expect(importDocx(oddPackageDocx('ns0'), importOptions()).metadata).toEqual({ title: null, author: null, organisation: null, date: null });
  });
});

describe('importDocx: errors', () => {
  it('says empty for a document without text, pictures only included', () => {
    expect(errorCode(() => importDocx(notADocumentDocx('empty'), importOptions()))).toBe('empty');
    expect(errorCode(() => importDocx(notADocumentDocx('picturesOnly'), importOptions()))).toBe('empty');
  });

  it('says corrupt for a zip without a main document, broken XML or a broken zip', () => {
    expect(errorCode(() => importDocx(notADocumentDocx('noMain'), importOptions()))).toBe('corrupt');
    expect(errorCode(() => importDocx(notADocumentDocx('brokenXml'), importOptions()))).toBe('corrupt');
    const bytes = trackedChangesDocx();
    expect(errorCode(() => importDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), importOptions()))).toBe('corrupt');
    expect(errorCode(() => importDocx(new TextEncoder().encode('Hej, detta är text.'), importOptions()))).toBe('corrupt');
  });

  it('says unsupportedFormat for another Office format in the package', () => {
    expect(errorCode(() => importDocx(notADocumentDocx('spreadsheet'), importOptions()))).toBe('unsupportedFormat');
  });

  it('says zipTooLarge when the package unpacks to more than the limits allow', () => {
    const bytes = layoutDocx();
    expect(errorCode(() => importDocx(bytes, importOptions('rapport.docx', { maxUnzippedBytes: 2000 })))).toBe('zipTooLarge');
    expect(errorCode(() => importDocx(bytes, importOptions('rapport.docx', { maxZipEntries: 3 })))).toBe('zipTooLarge');
  });
});

// mammoth differs by design on fields (it keeps nested field results, drops w:fldSimple), symbol fonts and
// breaks, so the fields fixture is checked against expectations only (importDocx.structure.test.ts).
describe('importDocx: cross-checked with mammoth', () => {
  it.each([
    ['tracked changes', trackedChangesDocx],
    ['headings and lists', headingsDocx],
    ['Strict namespaces', strictDocx],
  ])('reads the same words in the same order as mammoth.extractRawText (%s)', async (_name, build) => {
    const bytes = build();
    const theirs = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(words(texts(importDocx(bytes, importOptions())).join('\n'))).toEqual(words(theirs.value));
  });

  it('reads the same words as mammoth where the order differs by design (a nested table after its cell) and WordArt aside', async () => {
    const bytes = layoutDocx();
    const theirs = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const ours = words(texts(importDocx(bytes, importOptions())).join('\n')).filter((word) => word !== 'Ordkonst');
    expect([...ours].sort()).toEqual(words(theirs.value).sort());
  });
});
