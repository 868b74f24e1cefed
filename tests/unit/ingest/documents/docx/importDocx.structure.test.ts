// Structure the importer reads from hand-written WordprocessingML: headings, lists, tables, text boxes,
// content controls, fields, symbols, notes and comments, pictures and objects.
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import { fieldsDocx, headingsDocx, layoutDocx, notesDocx, picturesDocx } from '../../../../fixtures/docx/handWrittenDocx';
import { blockViews, importOptions, texts } from './importHelpers';

describe('importDocx: headings and lists', () => {
  const document = importDocx(headingsDocx(), importOptions());
  const views = blockViews(document);
  const of = (text: string) => {
    const view = views.find((block) => block.text === text);
    if (!view) throw new Error(`no block ${text}`);
    return { kind: view.kind, level: view.level, list: view.list };
  };

  it('finds heading levels from outline levels, heading and title names (English and localised) and based-on styles', () => {
    expect(of('Rapportens titel')).toEqual({ kind: 'heading', level: 1, list: undefined });
    expect(of('Svensk rubrik')).toEqual({ kind: 'heading', level: 1, list: undefined });
    expect(of('Tysk rubrik')).toEqual({ kind: 'heading', level: 2, list: undefined });
    expect(of('Svensk titel')).toEqual({ kind: 'heading', level: 1, list: undefined });
    expect(of('Ärvd rubrik')).toEqual({ kind: 'heading', level: 2, list: undefined });
    expect(of('Nivå sju')).toEqual({ kind: 'heading', level: 6, list: undefined });
    expect(of('Direkt disposition')).toEqual({ kind: 'heading', level: 3, list: undefined });
    expect(of('Numrerad rubrik')).toEqual({ kind: 'heading', level: 1, list: undefined });
  });

  it('keeps body text as paragraphs: outline level 9, unknown styles', () => {
    expect(of('Brödtext trots arv').kind).toBe('paragraph');
    expect(of('Rubrik som brödtext').kind).toBe('paragraph');
    expect(of('Okänd stil').kind).toBe('paragraph');
  });

  it('reads list items from numbering, direct or through styles, with depth and ordered from the number format', () => {
    expect(of('Punkt via stil')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 0, ordered: false } });
    expect(of('Punkt nivå två via stil')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 1, ordered: false } });
    expect(of('Ett')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 0, ordered: true } });
    expect(of('a')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 1, ordered: true } });
    expect(of('Omdefinierad punkt')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 0, ordered: false } });
    expect(of('Via numreringsstil')).toEqual({ kind: 'listItem', level: undefined, list: { depth: 0, ordered: false } });
    // A level without a number, numId 0 and an undefined list are no list items.
    expect(of('Utan nummer').kind).toBe('paragraph');
    expect(of('Ingen lista').kind).toBe('paragraph');
    expect(of('Okänd lista').kind).toBe('paragraph');
  });
});

describe('importDocx: tables, text boxes and content controls', () => {
  const document = importDocx(layoutDocx(), importOptions());

  it('places each text box once, right after the paragraph or cell that anchors it, and reads WordArt', () => {
    expect(blockViews(document).map(({ kind, text, cell }) => (cell ? [kind, text, cell.table, cell.row, cell.column] : [kind, text]))).toEqual([
      ['paragraph', 'Stycket med rutan.'],
      ['textBox', 'Faktaruta: 42 deltagare'],
      ['paragraph', 'Nästa stycke.'],
      ['textBox', 'Gammal VML-ruta\nrad två'],
      ['textBox', 'Ordkonst'],
      ['tableCell', 'Yttre cell\nefter inre', 0, 0, 0],
      ['tableCell', 'Inre A', 1, 0, 0],
      ['tableCell', 'Inre B', 1, 0, 1],
      ['tableCell', 'Cell med ruta', 0, 0, 1],
      ['textBox', 'Ruta i cell'],
      ['paragraph', 'Innehåll i kontroll'],
      ['paragraph', 'Inre kontroll'],
      ['paragraph', 'Datum: 2024-03-01'],
    ]);
  });

  it('leaves out content-control settings and alternative texts', () => {
    expect(document.text).not.toContain('Dolt val');
    expect(document.text).not.toContain('Projektnamn');
    expect(document.text).not.toContain('Alternativ text');
  });
});

describe('importDocx: fields, symbols and special characters', () => {
  const document = importDocx(fieldsDocx(), importOptions());

  it('keeps field results and drops field codes, nested ones too', () => {
    expect(texts(document).slice(0, 3)).toEqual(['Sida 7 av 12', 'Hon svarade.', 'Länk: webbplatsen']);
    expect(document.text).not.toMatch(/PAGE|MERGEFIELD|NUMPAGES|IF/);
  });

  it('maps symbol fonts (w:sym and text in a symbol font), hyphens, tabs and breaks, and ignores tab stops', () => {
    expect(texts(document).slice(3)).toEqual(['• punkt ✓ klar α', 'Symboltext: αβ • slut', 'e-post och samverkan\tkolumn\nny rad\nigen', 'Tabbstopp är inga tabbar.', 'x=2 i formeln']);
  });

  it('does not warn about ordinary hyperlinks, which are never fetched anyway', () => {
    expect(document.warnings).toEqual([]);
  });
});

describe('importDocx: notes and comments', () => {
  const document = importDocx(notesDocx(), importOptions());

  it('marks note references in the text with the label Word shows (settings: decimal from 3, endnotes upper roman)', () => {
    expect(texts(document).slice(0, 3)).toEqual(['Första[3] och andra[4].', 'Egen markering* och slutnot[I]', 'Kommenterad text']);
  });

  it('lists referenced footnotes in reference order, then endnotes, then comments; separators and unreferenced notes are left out', () => {
    expect(blockViews(document).slice(3).map(({ kind, text, note }) => ({ kind, text, note }))).toEqual([
      { kind: 'note', text: 'Första noten.', note: { kind: 'footnote', label: '3', author: null } },
      { kind: 'note', text: 'Andra noten.', note: { kind: 'footnote', label: '4', author: null } },
      { kind: 'note', text: 'Noten med egen markering.', note: { kind: 'footnote', label: '*', author: null } },
      { kind: 'note', text: 'Slutnoten.\nAndra stycket.', note: { kind: 'endnote', label: 'I', author: null } },
      { kind: 'comment', text: 'Första kommentaren\ni två stycken', note: { kind: 'comment', label: 'K1', author: 'Karin Lindqvist' } },
      { kind: 'comment', text: 'Andra kommentaren, med bild', note: { kind: 'comment', label: 'K2', author: 'Per Ödman' } },
      { kind: 'comment', text: 'Kommentar utan ankare', note: { kind: 'comment', label: 'K3', author: null } },
    ]);
    expect(document.text).not.toContain('Aldrig refererad');
  });

  it('warns that comments were kept and that a picture in a comment was left out', () => {
    expect(document.warnings).toEqual([
      { code: 'commentsKept', values: { count: 3 } },
      { code: 'imagesIgnored', values: { count: 1 } },
    ]);
  });
});

describe('importDocx: pictures and objects', () => {
  it('counts embedded pictures, linked (external) pictures and chunks, OLE objects and charts, and reads the text around them', () => {
    const document = importDocx(picturesDocx(), importOptions());
    expect(texts(document)).toEqual(['Bilder:', 'Kalkyl ovan.', 'Slut.']);
    expect(document.warnings).toEqual([
      { code: 'imagesIgnored', values: { count: 3 } },
      { code: 'externalResourcesIgnored', values: { count: 2 } },
      { code: 'embeddedObjectsIgnored', values: { count: 2 } },
    ]);
  });
});
