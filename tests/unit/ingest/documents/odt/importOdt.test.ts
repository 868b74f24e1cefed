import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importOdt } from '../../../../../shared/ingest/documents/odt/importOdt';
import { buildOdt, manifestXml, ODT_STYLES, reportOdt } from '../../../../fixtures/odt/buildOdt';
import { blockViews, errorCode, importOptions, texts } from '../docx/importHelpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importOdt on a report as LibreOffice writes it', () => {
  const document = importOdt(reportOdt(), importOptions('rapport.odt'));
  const views = blockViews(document);

  it('reads headings, paragraphs and list items with ODF white space rules', () => {
    expect(views.slice(0, 9).map(({ kind, text, level, list }) => ({ kind, text, level, list }))).toEqual([
      { kind: 'heading', text: 'Delrapport Särna', level: 1, list: undefined }, // Title style
      { kind: 'heading', text: 'Sammanfattning', level: 1, list: undefined },
      { kind: 'paragraph', text: 'Projektet har stärkt samverkan  i Särna[1]. Nytt', level: undefined, list: undefined },
      { kind: 'paragraph', text: 'Kolumn\ttvå\nny rad och en slutnot[i]', level: undefined, list: undefined },
      { kind: 'heading', text: 'Aktiviteter', level: 2, list: undefined }, // level from the style
      { kind: 'listItem', text: 'Workshoppar', level: undefined, list: { depth: 0, ordered: false } },
      { kind: 'listItem', text: 'Sex träffar', level: undefined, list: { depth: 1, ordered: true } },
      { kind: 'listItem', text: 'Bokningsplattform', level: undefined, list: { depth: 0, ordered: false } },
      { kind: 'listItem', text: 'Förstudie', level: undefined, list: { depth: 0, ordered: true } }, // list style from the paragraph style
    ]);
    expect(document.format).toBe('odt');
  });

  it('reads tables cell by cell: header rows, spans with covered cells, repeated rows, a nested table after its cell', () => {
    const cells = views.filter((block) => block.kind === 'tableCell');
    expect(cells.map((block) => [block.text, block.cell?.table, block.cell?.row, block.cell?.column, block.cell?.header])).toEqual([
      ['Indikator', 0, 0, 0, true],
      ['Mål', 0, 0, 1, true],
      ['Utfall', 0, 0, 2, true],
      ['Samverkan\nmellan kommunerna', 0, 1, 0, false],
      ['Ja', 0, 1, 2, false],
      ['Inre:', 0, 4, 0, false],
      ['Inre cell', 1, 0, 0, false],
      ['B', 0, 4, 1, false],
      ['C', 0, 4, 2, false],
    ]);
  });

  it('places text boxes and shape text after their paragraph, and leaves out alternative text and image data', () => {
    const index = views.findIndex((block) => block.text === 'Stycket med ruta och bild.');
    expect(views[index + 1]).toMatchObject({ kind: 'textBox', text: 'Faktaruta: 42 deltagare' });
    expect(views.find((block) => block.text === 'Text i figur')?.kind).toBe('textBox');
    expect(document.text).not.toMatch(/Alternativ text|iVBOR|Illustration|2\./);
  });

  it('reads the document as if tracked changes were accepted', () => {
    expect(document.text).not.toContain('borttagen text');
    expect(document.warnings[0]).toEqual({ code: 'trackedChangesAccepted', values: { insertions: 1, deletions: 1 } });
  });

  it('puts footnotes, endnotes and annotations at the end with their labels and authors', () => {
    expect(views.slice(-3).map(({ kind, text, note, page }) => ({ kind, text, note, page }))).toEqual([
      { kind: 'note', text: 'Enligt ansökan.', note: { kind: 'footnote', label: '1', author: null }, page: '1' },
      { kind: 'note', text: 'Slutnoten.', note: { kind: 'endnote', label: 'i', author: null }, page: '1' },
      { kind: 'comment', text: 'Vilken källa?\nSe bilaga.', note: { kind: 'comment', label: 'K1', author: 'Karin Lindqvist' }, page: '1' },
    ]);
  });

  it('numbers pages from soft page breaks', () => {
    const pageOf = (text: string) => views.find((block) => block.text === text)?.page;
    expect(pageOf('Förstudie')).toBe('1');
    expect(pageOf('Resultat')).toBe('2');
    expect(pageOf('Indikator')).toBe('2');
    expect(pageOf('Sista sidan.')).toBe('3');
    expect(document.pageCount).toBe(3);
  });

  it('warns about comments, pictures, linked pictures and objects', () => {
    expect(document.warnings.slice(1)).toEqual([
      { code: 'commentsKept', values: { count: 1 } },
      { code: 'imagesIgnored', values: { count: 1 } },
      { code: 'externalResourcesIgnored', values: { count: 1 } },
      { code: 'embeddedObjectsIgnored', values: { count: 1 } },
    ]);
  });

  it('takes metadata from meta.xml: the initial creator, the last save, a company field', () => {
    expect(document.metadata).toEqual({ title: 'Delrapport Särna', author: 'Åsa Öberg', organisation: 'Särna Turism AB', date: '2024-02-20' });
  });
});

describe('importOdt: pages from explicit breaks, headings by name', () => {
  it('uses page breaks of paragraph styles when there are no soft page breaks', () => {
    const document = importOdt(
      buildOdt({
        styles: ODT_STYLES,
        automaticStyles: '<style:style style:name="P9" style:family="paragraph"><style:paragraph-properties fo:break-after="page"/></style:style>',
        body: '<text:p text:style-name="Kapitelstart">Första.</text:p><text:p text:style-name="P9">Sista på sidan.</text:p><text:p>Andra sidan.</text:p><text:p text:style-name="Kapitelstart">Tredje sidan.</text:p>',
      }),
      importOptions('rapport.odt'),
    );
    expect(blockViews(document).map(({ text, page }) => [text, page])).toEqual([
      ['Första.', '1'],
      ['Sista på sidan.', '1'],
      ['Andra sidan.', '2'],
      ['Tredje sidan.', '3'],
    ]);
    expect(document.pageCount).toBe(3);
  });

  it('keeps pages null without breaks, and reads heading-named styles outside the outline as headings', () => {
    const document = importOdt(
      buildOdt({
        styles: '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"/>',
        body: '<text:p text:style-name="Heading_20_3">Rubrik utan disposition</text:p><text:p text:style-name="Okänd">Text.</text:p><text:h>Rubrik utan nivå</text:h>',
      }),
      importOptions('rapport.odt'),
    );
    expect(blockViews(document)).toEqual([
      { kind: 'heading', text: 'Rubrik utan disposition', level: 3 },
      { kind: 'paragraph', text: 'Text.' },
      { kind: 'heading', text: 'Rubrik utan nivå', level: 1 },
    ]);
    expect(document.pageCount).toBeNull();
    expect(document.metadata).toEqual({ title: null, author: null, organisation: null, date: null });
  });
});

describe('importOdt: packages and errors', () => {
  const body = '<text:p>Hej.</text:p>';

  it('accepts a package without a mimetype entry when the manifest says it is a text document', () => {
    expect(texts(importOdt(buildOdt({ body, mimetype: null }), importOptions('rapport.odt')))).toEqual(['Hej.']);
  });

  it('says unsupportedFormat for other OpenDocument types (a spreadsheet)', () => {
    const ods = buildOdt({ body, mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(errorCode(() => importOdt(ods, importOptions('budget.ods')))).toBe('unsupportedFormat');
    const spreadsheetBody = buildOdt({
      body,
      contentXml: '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>',
      mimetype: null,
      manifest: null,
    });
    expect(errorCode(() => importOdt(spreadsheetBody, importOptions('budget.odt')))).toBe('unsupportedFormat');
  });

  it('says encryptedOffice when the manifest lists encryption data', () => {
    const manifest = manifestXml(
      'application/vnd.oasis.opendocument.text',
      '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>',
    );
    const encrypted = buildOdt({ body, manifest, contentXml: 'Salted binary garbage \u0001\u0002' });
    expect(errorCode(() => importOdt(encrypted, importOptions('hemlig.odt')))).toBe('encryptedOffice');
  });

  it('says corrupt for a zip that is no OpenDocument package, broken XML or a truncated file; empty for no text', () => {
    expect(errorCode(() => importOdt(zipSync({ 'readme.txt': strToU8('hej') }), importOptions('rapport.odt')))).toBe('corrupt');
    expect(errorCode(() => importOdt(buildOdt({ body: '<text:p>Ej avslutad</text:h>' }), importOptions('rapport.odt')))).toBe('corrupt');
    const bytes = reportOdt();
    expect(errorCode(() => importOdt(bytes.subarray(0, bytes.length - 100), importOptions('rapport.odt')))).toBe('corrupt');
    expect(errorCode(() => importOdt(buildOdt({ body: '<text:p/><text:p>   </text:p>' }), importOptions('rapport.odt')))).toBe('empty');
    expect(errorCode(() => importOdt(reportOdt(), importOptions('rapport.odt', { maxUnzippedBytes: 1000 })))).toBe('zipTooLarge');
  });

  it('neither fetches nor expands entities declared in a DOCTYPE', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const document = importOdt(
      buildOdt({ prolog: '<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', body: '<text:p>Före &xxe; efter.</text:p>' }),
      importOptions('rapport.odt'),
    );
    expect(texts(document)).toEqual(['Före &xxe; efter.']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
