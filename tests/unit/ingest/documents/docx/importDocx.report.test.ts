// The importer on a report written with the `docx` library, cross-checked against mammoth.
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';
import { buildReportDocx, REPORT } from '../../../../fixtures/docx/buildReportDocx';
import { blockViews, importOptions, texts, words } from './importHelpers';

let bytes: Uint8Array;
let imported: ImportedDocument;

beforeAll(async () => {
  bytes = await buildReportDocx();
  imported = importDocx(bytes, importOptions());
});

describe('importDocx on a report written with docx', () => {
  it('reads headings, paragraphs and lists in order, with Swedish letters intact', () => {
    const views = blockViews(imported).filter((block) => block.kind !== 'tableCell' && block.kind !== 'note' && block.kind !== 'comment');
    expect(views.map(({ kind, text, level, list }) => ({ kind, text, level, list }))).toEqual([
      { kind: 'heading', text: REPORT.title, level: 1, list: undefined },
      { kind: 'heading', text: 'Sammanfattning', level: 1, list: undefined },
      { kind: 'paragraph', text: 'Projektet har stärkt samverkan mellan företagen i Älvdalen och Särna[1]. Målgruppen är små företag inom besöksnäringen.', level: undefined, list: undefined },
      { kind: 'paragraph', text: 'Antalet gästnätter ökade med 12 procent[2] jämfört med 2021.[i]', level: undefined, list: undefined },
      { kind: 'heading', text: 'Aktiviteter', level: 2, list: undefined },
      { kind: 'listItem', text: 'Workshoppar om digital marknadsföring', level: undefined, list: { depth: 0, ordered: false } },
      { kind: 'listItem', text: 'Sex träffar under våren', level: undefined, list: { depth: 1, ordered: false } },
      { kind: 'listItem', text: 'Gemensam bokningsplattform', level: undefined, list: { depth: 0, ordered: false } },
      { kind: 'listItem', text: 'Förstudie', level: undefined, list: { depth: 0, ordered: true } },
      { kind: 'listItem', text: 'Genomförande', level: undefined, list: { depth: 0, ordered: true } },
      { kind: 'heading', text: 'Resultat', level: 2, list: undefined },
      { kind: 'paragraph', text: 'Läs mer på projektets webbplats.', level: undefined, list: undefined },
      { kind: 'heading', text: 'Lärdomar', level: 1, list: undefined },
      { kind: 'paragraph', text: 'Förankringen hos ägarna var avgörande för resultatet.', level: undefined, list: undefined },
    ]);
    expect(imported.format).toBe('docx');
    expect(imported.text).toBe(imported.text.normalize('NFC'));
  });

  it('reads the table cell by cell with its header row and merged cells', () => {
    const cells = blockViews(imported).filter((block) => block.kind === 'tableCell');
    expect(cells.map((block) => [block.text, block.cell?.row, block.cell?.column, block.cell?.header])).toEqual([
      ['Indikator', 0, 0, true],
      ['Mål', 0, 1, true],
      ['Utfall', 0, 2, true],
      ['Nya företag', 1, 0, false],
      ['10', 1, 1, false],
      ['14', 1, 2, false],
      ['Samverkan mellan kommunerna', 2, 0, false],
      ['Ja', 2, 2, false], // the merged cell spans columns 0-1
      ['Gästnätter', 3, 0, false],
      ['+10 %', 3, 1, false],
      ['+12 %', 3, 2, false],
      ['varav utländska', 4, 1, false], // column 0 continues the merge from above: no block
      ['+4 %', 4, 2, false],
    ]);
    expect(new Set(cells.map((block) => block.cell?.table))).toEqual(new Set([0]));
  });

  it('puts footnotes, then the endnote, then comments at the end, with their labels and authors', () => {
    const tail = blockViews(imported).filter((block) => block.kind === 'note' || block.kind === 'comment');
    expect(tail.map(({ kind, text, note }) => ({ kind, text, note }))).toEqual([
      { kind: 'note', text: 'Enligt projektets ansökan från 2021.', note: { kind: 'footnote', label: '1', author: null } },
      { kind: 'note', text: 'Siffrorna gäller december 2023.', note: { kind: 'footnote', label: '2', author: null } },
      { kind: 'note', text: 'Slutnot: se bilaga 3.', note: { kind: 'endnote', label: 'i', author: null } },
      { kind: 'comment', text: 'Vilken källa?', note: { kind: 'comment', label: 'K1', author: 'Karin Lindqvist' } },
      { kind: 'comment', text: 'Stämmer detta med lägesrapporten?', note: { kind: 'comment', label: 'K2', author: 'Per Ödman' } },
    ]);
    expect(imported.blocks.slice(-5).map((block) => block.kind)).toEqual(['note', 'note', 'note', 'comment', 'comment']);
    expect(imported.warnings).toEqual([{ code: 'commentsKept', values: { count: 2 } }]);
  });

  it('numbers pages from the explicit page break and page-break-before', () => {
    const pageOf = (text: string) => blockViews(imported).find((block) => block.text === text)?.page;
    expect(pageOf('Sammanfattning')).toBe('1');
    expect(pageOf('Genomförande')).toBe('1');
    expect(pageOf('Resultat')).toBe('2');
    expect(pageOf('Indikator')).toBe('2');
    expect(pageOf('Lärdomar')).toBe('3');
    // A footnote is on the page of its reference, the comment on the page of its anchor.
    expect(blockViews(imported).find((block) => block.note?.label === 'K2')?.page).toBe('2');
    expect(imported.pageCount).toBe(3);
  });

  it('takes metadata from the core and app properties', () => {
    expect(imported.metadata).toEqual({ title: REPORT.title, author: REPORT.author, organisation: REPORT.company, date: REPORT.modified });
  });

  it('has blocks whose offsets cut the text into its parts, separated by blank lines', () => {
    let previousEnd = -2;
    for (const block of imported.blocks) {
      expect(block.start).toBe(previousEnd + 2);
      expect(imported.text.slice(block.start, block.end).trim()).toBe(imported.text.slice(block.start, block.end));
      previousEnd = block.end;
    }
    expect(previousEnd).toBe(imported.text.length);
  });

  it('reads the same words in the same order as mammoth (notes and comments aside)', async () => {
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const body = texts(imported)
      .slice(0, imported.blocks.findIndex((block) => block.kind === 'note'))
      .join('\n')
      .replace(/\[(?:\d+|[ivx]+)\]/g, '');
    expect(words(body)).toEqual(words(raw.value));
  });
});
