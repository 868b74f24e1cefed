// The DOCX importer on every file of ../shared/corpus/docx (see its SOURCES.md): what each file must
// yield, checked once by reading the file (its XML, and mammoth's raw text). Every file in the folder
// needs an entry here. Skipped where the corpus is not beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../shared/domain/document';
import { importDocx } from '../../shared/ingest/documents/docx/importDocx';
import { type ImportedDocument } from '../../shared/ingest/documents/importTypes';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/domain/importLimits';
import { ImportError, type ImportErrorCode } from '../../shared/domain/importError';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS_DOCX = path.resolve(repoRoot, '..', 'shared', 'corpus', 'docx');
const exists = existsSync(CORPUS_DOCX);
const TIMEOUT = 20_000;

type Check = { refused: ImportErrorCode } | { check: (document: ImportedDocument) => void };

function run(file: string): ImportedDocument | ImportError {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DOCX, file)));
  try {
    return importDocx(bytes, { fileName: file, limits: DEFAULT_IMPORT_LIMITS, pdf: () => Promise.reject(new Error('no PDF')) });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

const textOf = (document: ImportedDocument, block: Block) => document.text.slice(block.start, block.end);
const texts = (document: ImportedDocument, kind?: Block['kind']) => document.blocks.filter((block) => !kind || block.kind === kind).map((block) => textOf(document, block));
const count = (document: ImportedDocument, kind: Block['kind']) => document.blocks.filter((block) => block.kind === kind).length;
const find = (document: ImportedDocument, text: string) => {
  const block = document.blocks.find((candidate) => textOf(document, candidate) === text);
  if (!block) throw new Error(`no block "${text}"`);
  return block;
};
const notes = (document: ImportedDocument, kind: Block['kind']) =>
  document.blocks.filter((block) => block.kind === kind).map((block) => ({ text: textOf(document, block), ...block.note }));

const EXPECTED: Record<string, Check> = {
  'mammoth__comments.docx': {
    check: (d) => {
      expect(texts(d, 'paragraph')).toEqual(['Ouch.']);
      expect(notes(d, 'comment')).toEqual([
        { text: 'A tachyon walks into a bar.', kind: 'comment', label: 'K1', author: 'Michael Williamson' },
        { text: 'Fin.', kind: 'comment', label: 'K2', author: 'Michael Williamson' },
      ]);
      expect(d.warnings).toEqual([{ code: 'commentsKept', values: { count: 2 } }]);
    },
  },
  'mammoth__empty-not-a-docx.zip': { refused: 'corrupt' },
  'mammoth__empty.docx': { refused: 'empty' },
  'mammoth__endnotes.docx': {
    check: (d) => {
      expect(texts(d, 'paragraph')).toEqual(['Ouch[i].[ii]']);
      expect(notes(d, 'note')).toEqual([
        { text: 'A tachyon walks into a bar.', kind: 'endnote', label: 'i', author: null },
        { text: 'Fin.', kind: 'endnote', label: 'ii', author: null },
      ]);
    },
  },
  // Its only content is a picture linked to an outside file: nothing to import, and nothing fetched.
  'mammoth__external-picture.docx': { refused: 'empty' },
  'mammoth__footnotes.docx': {
    check: (d) => {
      expect(texts(d, 'paragraph')).toEqual(['Ouch[1].[2]']);
      expect(notes(d, 'note')).toEqual([
        { text: 'A tachyon walks into a bar.', kind: 'footnote', label: '1', author: null },
        { text: 'Fin.', kind: 'footnote', label: '2', author: null },
      ]);
    },
  },
  'mammoth__simple-list.docx': {
    check: (d) => {
      expect(d.blocks.map((block) => [block.kind, textOf(d, block), block.list])).toEqual([
        ['listItem', 'Apple', { depth: 0, ordered: false }],
        ['listItem', 'Banana', { depth: 0, ordered: false }],
      ]);
    },
  },
  'mammoth__strict-format.docx': {
    check: (d) => {
      expect(texts(d)).toEqual(['Test']);
      expect(d.metadata.author).toBe('Tom Chantry');
    },
  },
  'mammoth__tables.docx': {
    check: (d) => {
      expect(texts(d)).toEqual(['Above', 'Top left', 'Top right', 'Bottom left', 'Bottom right', 'Below']);
      expect(d.blocks.filter((block) => block.cell).map((block) => block.cell)).toEqual([
        { table: 0, row: 0, column: 0, header: false },
        { table: 0, row: 0, column: 1, header: false },
        { table: 0, row: 1, column: 0, header: false },
        { table: 0, row: 1, column: 1, header: false },
      ]);
    },
  },
  'mammoth__text-box.docx': {
    check: (d) => {
      // The text box is written twice (DrawingML and a VML fallback) and read once.
      expect(d.blocks.map((block) => [block.kind, textOf(d, block)])).toEqual([['textBox', 'Datum plane']]);
    },
  },
  'mammoth__tiny-picture.docx': { refused: 'empty' },
  'mammoth__utf8-bom.docx': { check: (d) => expect(texts(d)).toEqual(['This XML has a byte order mark.']) },
  'pandoc__alternate_document_path.docx': {
    check: (d) => {
      expect(d.blocks.map((block) => [block.kind, block.level, textOf(d, block)])).toEqual([
        ['heading', 1, 'Test'],
        ['paragraph', null, 'This is italic, bold, underlined, italic underlined, bold underlined, bold italic underlined.'],
      ]);
    },
  },
  'pandoc__german_styled_lists.docx': {
    check: (d) => {
      expect(d.blocks.map((block) => [textOf(d, block), block.list?.depth])).toEqual([
        ['One level of the list.', 0],
        ['Second level of the list.', 0],
        ['Next level of the list', 1],
        ['Back to the top level.', 0],
      ]);
      expect(d.blocks.every((block) => block.kind === 'listItem' && block.list?.ordered === false)).toBe(true);
      expect(d.warnings).toEqual([]); // the picture is in the header, which is not read
    },
  },
  'pandoc__headers.docx': {
    check: (d) => {
      expect(d.blocks.filter((block) => block.kind === 'heading').map((block) => [block.level, textOf(d, block)])).toEqual([
        [1, 'A Test of Headers'],
        [2, 'Second Level'],
        [3, 'Third level'],
        [4, 'Fourth level'],
        [5, 'Fifth level'],
        [6, 'Sixth level'],
      ]);
      expect(find(d, 'Seventh level').kind).toBe('paragraph'); // its style (Heading7) is not defined
    },
  },
  'pandoc__i18n_blocks.docx': {
    check: (d) => {
      // Style ids "1", "2", "a6" with the names "heading 1", "heading 2", "List Paragraph".
      expect(d.blocks.map((block) => [block.kind, block.level, textOf(d, block)])).toEqual([
        ['heading', 1, 'This is Heading 1'],
        ['heading', 2, 'This is Heading 2'],
        ['paragraph', null, 'This is Quote'],
        ['paragraph', null, 'This is Block Text'],
        ['listItem', null, 'This is list item 1'],
        ['listItem', null, 'This is list item 2'],
      ]);
    },
  },
  'pandoc__lists_level_override.docx': {
    check: (d) => {
      expect(texts(d, 'listItem')).toEqual(['State of Documentation', 'Content Migration', 'Wiki (xl)', 'XL Code Autoreview Bot (XLCRBot).', 'Code documentation', 'Education efforts']);
      expect(d.blocks.filter((block) => block.kind === 'listItem').every((block) => block.list?.ordered === true && block.list.depth === 0)).toBe(true);
      // "Goal:" paragraphs carry a direct outline level 2: headings of level 3 (one of them has none).
      expect(count(d, 'heading')).toBe(5);
      expect(texts(d)[0]).toMatch(/^For each initiative below is outlined the goals/);
    },
  },
  'pandoc__nested_sdt.docx': { check: (d) => expect(texts(d)).toEqual(['Test Paragraph1', 'Test Paragraph2', 'Test Paragraph3']) },
  'pandoc__notes.docx': {
    check: (d) => {
      expect(texts(d).slice(0, 2)).toEqual(['A footnote', 'Test footnote.[1] Test endnote.[i]']);
      expect(notes(d, 'note')).toEqual([
        { text: 'My note.', kind: 'footnote', label: '1', author: null },
        { text: 'This is an endnote at the end of the document.', kind: 'endnote', label: 'i', author: null },
      ]);
    },
  },
  'pandoc__ns0-reference.docx': { check: (d) => expect(texts(d)).toEqual(['ref']) },
  'pandoc__paragraph_insertion_deletion.docx': {
    check: (d) => {
      // The second paragraph's mark was deleted: accepted, it runs on into the third.
      expect(texts(d)).toEqual(['This is a', 'splitParagraph.']);
      expect(d.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 1, deletions: 1 } }]);
    },
  },
  'pandoc__table_header_rowspan.docx': {
    check: (d) => {
      expect(count(d, 'tableCell')).toBe(81); // 6 + 3 header cells, 9 rows of 8; merged-away cells give none
      const header = d.blocks.filter((block) => block.cell?.header).map((block) => [textOf(d, block), block.cell?.column]);
      expect(header).toEqual([['A', 0], ['B', 1], ['C', 2], ['D', 3], ['E', 4], ['F', 7]]); // E spans three columns
      expect(find(d, 'G').cell).toEqual({ table: 0, row: 1, column: 4, header: false });
    },
  },
  'pandoc__tables.docx': {
    check: (d) => {
      expect(count(d, 'tableCell')).toBe(24);
      expect(new Set(d.blocks.map((block) => block.cell?.table).filter((table) => table !== undefined))).toEqual(new Set([0, 1, 2]));
      expect(d.blocks.filter((block) => block.cell?.header).map((block) => textOf(d, block))).toEqual(['Name', 'Game', 'Fame', 'Blame']);
      expect(find(d, 'Simple\nMultiparagraph').cell).toEqual({ table: 2, row: 0, column: 0, header: false });
    },
  },
  'pandoc__track_changes_deletion.docx': {
    check: (d) => {
      expect(texts(d)).toEqual(['This is a text with a deletion.']);
      expect(d.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 0, deletions: 1 } }]);
    },
  },
  'pandoc__track_changes_insertion.docx': {
    check: (d) => {
      expect(texts(d)).toEqual(['This is a text with two exciting insertions.']);
      expect(d.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 1, deletions: 0 } }]);
    },
  },
  'pandoc__track_changes_move.docx': {
    check: (d) => {
      expect(texts(d)).toEqual(['Here is some text.', 'Here is the text to be moved.', 'Here is some more text.']);
      expect(d.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 1, deletions: 1 } }]);
    },
  },
  // Two w:sym in the Symbol font (0xDA, ∨) and U+F028 typed in the Symbol font, which Word shows as "(".
  'pandoc__unicode.docx': { check: (d) => expect(texts(d)).toEqual(['Hello, 世界. This costs €10.∨∨(']) },
  'poi__52449-danish-mergefields.docx': {
    check: (d) => {
      expect(find(d, 'Allerød, 11-01-2012')).toMatchObject({ kind: 'heading', level: 2 });
      expect(find(d, 'Vedr: Ansættelse af «Navn» i virksomheden Fiktiv A/S')).toMatchObject({ kind: 'heading', level: 1 });
      expect(texts(d)).toContain('Du, «Fornavn» «Efternavn», tiltræder pr. 1/1-2011 virksomheden I stillingen 1. Assistent.');
      expect(d.text).not.toContain('MERGEFIELD');
      expect(d.text).not.toContain('[Publish Date]'); // the glossary part (building blocks) is not read
    },
  },
  'poi__ExternalEntityInText.docx': {
    check: (d) => {
      // The DOCTYPE declares an external entity pointing at poi.apache.org: not fetched, not expanded.
      expect(texts(d)).toEqual(['Here should not be the POI web site: "&testent;"']);
    },
  },
  'poi__HeaderFooterUnicode.docx': {
    check: (d) => {
      expect(d.pageCount).toBe(2);
      expect(find(d, 'GBP - £').page).toBe('1');
      expect(find(d, 'Molière')).toMatchObject({ kind: 'heading', level: 1, page: '1' });
      expect(find(d, 'This is page two. Les Précieuses ridicules. The end.').page).toBe('2');
      expect(d.text).not.toContain('simple header');
    },
  },
  'poi__MultipleBodyBug.docx': {
    check: (d) => {
      // Three w:body elements (invalid): all are read, nothing is lost.
      expect(texts(d)).toEqual([1, 2, 3].map((n) => `START BODY ${n} The quick, brown fox jumps over a lazy dog. END BODY ${n}.`));
      expect(d.metadata.title).toBe('1,2-双(二苯基膦)乙烷');
      expect(d.text).not.toContain('NML');
    },
  },
  'poi__WordWithAttachments.docx': {
    check: (d) => {
      expect(texts(d, 'paragraph').slice(0, 4)).toEqual(['Русский вариант', 'English', 'Ўзбек', 'Hyperlink Ссылка юбоқриш']);
      expect(count(d, 'tableCell')).toBe(15);
      expect(texts(d, 'textBox')).toEqual(['Словарь\ndictionary\nЛуғат', 'My Text Here', 'Мой текст здесь', 'шу ерўда']);
      expect(notes(d, 'comment').map((comment) => [comment.label, comment.author, comment.text])).toEqual([
        ['K1', 'vbiryukova', 'Первое четверостишье'],
        ['K2', 'vbiryukova', 'иккинчитўғри'],
        ['K3', 'vbiryukova', 'Third'],
      ]);
      expect(d.warnings).toEqual([
        { code: 'commentsKept', values: { count: 3 } },
        { code: 'embeddedObjectsIgnored', values: { count: 5 } },
      ]);
      expect(d.metadata).toMatchObject({ title: 'Русский вариант', author: 'vbiryukova', organisation: 'Mera' });
    },
  },
  'poi__bib-chernigovka.netdo.ru_download_docs_17459.docx': {
    check: (d) => {
      expect(texts(d).slice(0, 2)).toEqual(['МБУ «МЦБ»', 'Большечерниговская районная библиотека']);
      expect(texts(d, 'textBox')).toEqual(['Календарь знаменательных и памятных дат на 2017 год.']);
      expect(count(d, 'tableCell')).toBe(529);
      expect(find(d, 'Январь')).toMatchObject({ kind: 'tableCell', page: '2', cell: { table: 0, row: 0, column: 0, header: false } });
      // Pages from Word's last rendering (w:lastRenderedPageBreak).
      expect(d.pageCount).toBe(15);
      expect(d.blocks.at(-1)?.page).toBe('15');
    },
  },
  'poi__bug53475-password-is-pass.docx': { refused: 'encryptedOffice' },
  'poi__bug56075-changeTracking_on.docx': {
    check: (d) => {
      // Track changes is switched on in the settings, but nothing was changed.
      expect(texts(d)).toEqual(['Change Tracking ON']);
      expect(d.warnings).toEqual([]);
    },
  },
  'poi__clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx': { refused: 'corrupt' },
  'poi__delins.docx': {
    check: (d) => {
      expect(texts(d)[0]).toBe('Tika can be:');
      expect(find(d, 'A name in various Indian languages (ṭīkā) for certain commentaries such as:')).toMatchObject({ kind: 'listItem', list: { depth: 0, ordered: false } });
      expect(count(d, 'listItem')).toBe(16);
      expect(d.text).not.toContain('Maang Tika'); // deleted
      expect(d.text).not.toContain('DragonLance'); // deleted
      expect(d.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 26, deletions: 4 } }]);
    },
  },
  'poi__truncated62886.docx': { refused: 'corrupt' },
  // Two entries answer to word/document.xml (one by its Info-ZIP Unicode path): ambiguous, refused.
  'poi__unicode-path.docx': { refused: 'corrupt' },
  'python-docx__comments-rich-para.docx': {
    check: (d) => {
      expect(texts(d, 'paragraph')).toEqual(['Document text', 'Some text worthy of note.', 'Other document text.', 'Other text worthy of note.', 'Paragraph 5', 'Paragraph 6', 'Paragraph 7']);
      expect(notes(d, 'comment')).toEqual([
        { text: 'Text with hyperlink https://google.com embedded.', kind: 'comment', label: 'K1', author: 'Steve Canny' },
        { text: 'Text with inline image  in the middle.', kind: 'comment', label: 'K2', author: null },
        { text: 'Text with character style.', kind: 'comment', label: 'K3', author: null },
        { text: 'Paragraph with Heading 2 paragraph style.', kind: 'comment', label: 'K4', author: null },
      ]);
      expect(d.warnings).toEqual([
        { code: 'commentsKept', values: { count: 4 } },
        { code: 'imagesIgnored', values: { count: 1 } },
      ]);
    },
  },
  'python-docx__doc-coreprops.docx': { refused: 'empty' },
  'python-docx__having-images.docx': { refused: 'empty' },
  'python-docx__hdr-header-footer.docx': {
    check: (d) => {
      // Section two starts on a new page.
      expect(d.blocks.map((block) => [textOf(d, block), block.page])).toEqual([
        ['section with header', '1'],
        ['section without header of its own.', '2'],
      ]);
      expect(d.text).not.toContain('Header for section');
    },
  },
  'python-docx__num-having-numbering-part.docx': {
    check: (d) => {
      expect(d.blocks.map((block) => [block.kind, textOf(d, block), block.list])).toEqual([['listItem', 'Paragraph having List Number style.', { depth: 0, ordered: true }]]);
    },
  },
  'python-docx__sty-having-no-styles-part.docx': { refused: 'empty' },
  // Three tables, every cell empty.
  'python-docx__tbl-having-tables.docx': { refused: 'empty' },
  'qualcoder__ID1.docx': {
    check: (d) => {
      expect(count(d, 'paragraph')).toBe(3);
      expect(texts(d)[0]).toMatch(/^I really like learning new things\./);
      expect(texts(d)[2]).toMatch(/I'm happy to pay €200\.$/);
    },
  },
};

describe.skipIf(!exists)('importDocx on the real-world DOCX corpus', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const files = exists ? readdirSync(CORPUS_DOCX).filter((file) => !file.startsWith('.')) : [];

  it('has an expectation for every file in the corpus', () => {
    expect(files.filter((file) => !(file in EXPECTED))).toEqual([]);
  });

  it.each(files.filter((file) => file in EXPECTED))(
    '%s',
    (file) => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const expected = EXPECTED[file] as Check;
      const outcome = run(file);
      if ('refused' in expected) {
        expect(outcome instanceof ImportError ? outcome.code : 'imported').toBe(expected.refused);
      } else {
        if (outcome instanceof ImportError) throw new Error(`${file} did not import: ${outcome.message}`);
        expected.check(outcome);
        expect(outcome.format).toBe('docx');
        expect(outcome.text).toBe(outcome.text.normalize('NFC'));
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    },
    TIMEOUT,
  );
});
