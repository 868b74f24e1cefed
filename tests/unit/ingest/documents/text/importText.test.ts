import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../shared/domain/document';
import { importText } from '../../../../../shared/ingest/documents/text/importText';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';
import { ImportError, type ImportErrorCode } from '../../../../../shared/domain/importError';

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);
const txt = (text: string) => importText(utf8(text), { fileName: 'rapport.txt' });
const slice = (document: ImportedDocument, block: Block) => document.text.slice(block.start, block.end);
const texts = (document: ImportedDocument) => document.blocks.map((block) => slice(document, block));
const kinds = (document: ImportedDocument) => document.blocks.map((block) => (block.kind === 'heading' ? `h${block.level}` : block.kind));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

function errorCode(run: () => unknown): ImportErrorCode {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).code;
  }
  throw new Error('no ImportError');
}

describe('importText: encodings', () => {
  const sample = 'Nätverket i Åmål\n\nÖver 40 företag deltog – “bra”.';

  it('reads UTF-8 without warnings', () => {
    const document = txt(sample);
    expect(document.format).toBe('txt');
    expect(document.warnings).toEqual([]);
    expect(texts(document)).toEqual(['Nätverket i Åmål', 'Över 40 företag deltog – “bra”.']);
  });

  it('drops a UTF-8 BOM', () => {
    const document = importText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(sample)]), { fileName: 'a.txt' });
    expect(document.text.startsWith('Nätverket')).toBe(true);
    expect(document.warnings).toEqual([]);
  });

  it.each([true, false])('reads UTF-16 with a BOM (little-endian: %s) and warns', (littleEndian) => {
    const document = importText(utf16(sample, littleEndian), { fileName: 'a.txt' });
    expect(texts(document)).toEqual(['Nätverket i Åmål', 'Över 40 företag deltog – “bra”.']);
    expect(document.warnings).toEqual([{ code: 'decodedAsUtf16' }]);
  });

  it('reads Windows-1252 (what old Word "text only" saves) with the right quotes, dashes and euro sign', () => {
    // “Växjö” – 5 € … ‘ok’ — Œuvre™ in Windows-1252 bytes.
    const bytes = Uint8Array.from([
      0x93, 0x56, 0xe4, 0x78, 0x6a, 0xf6, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x85, 0x20, 0x91, 0x6f, 0x6b, 0x92, 0x20, 0x97, 0x20, 0x8c,
      0x75, 0x76, 0x72, 0x65, 0x99, 0x2e,
    ]);
    const document = importText(bytes, { fileName: 'gammal.txt' });
    expect(document.text).toBe('“Växjö” – 5 € … ‘ok’ — Œuvre™.');
    expect(document.warnings).toEqual([{ code: 'decodedAsWindows1252' }]);
  });

  it('refuses NUL bytes outside UTF-16 as binary', () => {
    expect(errorCode(() => importText(Uint8Array.from([0x41, 0x00, 0x42]), { fileName: 'a.txt' }))).toBe('binary');
    expect(errorCode(() => importText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), { fileName: 'a.txt' }))).toBe('binary');
  });

  it('refuses empty and white-space-only files as empty', () => {
    expect(errorCode(() => importText(new Uint8Array(0), { fileName: 'a.txt' }))).toBe('empty');
    expect(errorCode(() => txt(' \r\n\t\r\n  '))).toBe('empty');
    expect(errorCode(() => importText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a]), { fileName: 'a.txt' }))).toBe('empty');
  });
});

describe('importText: text model', () => {
  it('separates paragraphs at blank lines and keeps the lines of a paragraph', () => {
    const document = txt('Första raden\nandra raden\n\n\n   \nNästa stycke.  \n');
    expect(document.text).toBe('Första raden\nandra raden\n\nNästa stycke.');
    expect(kinds(document)).toEqual(['paragraph', 'paragraph']);
  });

  it('turns CRLF and lone CR into LF', () => {
    const document = txt('Ett stycke\r\nsom fortsätter.\r\n\r\nTvå.\r\rTre.');
    expect(document.text).toBe('Ett stycke\nsom fortsätter.\n\nTvå.\n\nTre.');
    expect(texts(document)).toEqual(['Ett stycke\nsom fortsätter.', 'Två.', 'Tre.']);
  });

  it('normalises to NFC', () => {
    const document = txt('Ha\u0308llbar utveckling i Ma\u030ala\u030a.');
    expect(document.text).toBe('Hällbar utveckling i Målå.');
    expect(document.text).toHaveLength(26);
  });

  it('keeps offsets in UTF-16 units across åäö, emoji, combining characters and CRLF', () => {
    const source = 'Rad med åäö\r\n\r\nEmoji 👍🏽 här.\r\n\r\nKombinerat: A\u030angermanland och e\u0301\r\n\r\nSista.';
    const document = txt(source);
    expect(texts(document)).toEqual(['Rad med åäö', 'Emoji 👍🏽 här.', 'Kombinerat: Ångermanland och é', 'Sista.']);
    const emoji = document.blocks[1] as Block;
    expect(emoji.start).toBe('Rad med åäö\n\n'.length);
    expect(emoji.end - emoji.start).toBe(15);
    const last = document.blocks[3] as Block;
    expect(last.end).toBe(document.text.length);
    for (const block of document.blocks) expect(slice(document, block)).toBe(slice(document, block).trim());
  });

  it('turns form feeds into paragraph breaks and drops other control characters', () => {
    const document = txt('Sida ett.\fSida\u0007 två.');
    expect(texts(document)).toEqual(['Sida ett.', 'Sida två.']);
  });
});

describe('importText: headings in plain text', () => {
  it('takes a short line alone before body text as a heading of level 2', () => {
    const document = txt(
      'Slutrapport Samverkan Norra Dalarna\n\nProjektet har samlat fyra kommuner kring en gemensam plan.\n\nBakgrund\n\nKommunerna har länge arbetat var för sig. Nu samarbetar de.\n\n2.1 Resultat och effekter\n\nTre nya företag har fått stöd.',
    );
    expect(kinds(document)).toEqual(['h2', 'paragraph', 'h2', 'paragraph', 'h2', 'paragraph']);
    expect(texts(document).filter((_, i) => i % 2 === 0)).toEqual(['Slutrapport Samverkan Norra Dalarna', 'Bakgrund', '2.1 Resultat och effekter']);
  });

  it('does not take short sentences, questions, clauses or lower-case lines as headings', () => {
    const document = txt(
      'Det gick bra.\n\nMycket hände under året i projektet, och mer ska komma.\n\nVarför då?\n\nSvaret är enkelt.\n\nSom sagt:\n\nDet var bra.\n\nmed små bokstäver\n\nText efter.\n\n[id1] hej\n\nText efter.',
    );
    expect(kinds(document).every((kind) => kind === 'paragraph')).toBe(true);
  });

  it('needs body text after the heading: two title-like lines in a row, or one at the end, stay paragraphs', () => {
    const document = txt('Anna Andersson\n\nBertil Berg\n\nDeltagarna ovan har intervjuats om projektet i två omgångar.\n\nMed vänliga hälsningar');
    expect(kinds(document)).toEqual(['paragraph', 'h2', 'paragraph', 'paragraph']);
  });

  it('does not take long lines, two sentences or multi-line paragraphs as headings', () => {
    const long = 'En rad som är längre än sextio tecken och därför inte en rubrik utan text';
    const document = txt(`${long}\n\nText.\n\nDel ett. Del två\n\nText.\n\nRubrik\nmed två rader\n\nText.`);
    expect(kinds(document).every((kind) => kind === 'paragraph')).toBe(true);
  });

  it('reads form feeds as page breaks (as pdftotext writes them): blocks carry their page, the last form feed ends the last page', () => {
    const document = txt('Rapport\n\nFörsta sidans text.\n\fBakgrund\n\nAndra sidans text.\n\f\fFjärde sidan.\n\f');
    expect(texts(document)).toEqual(['Rapport', 'Första sidans text.', 'Bakgrund', 'Andra sidans text.', 'Fjärde sidan.']);
    expect(document.blocks.map((block) => block.page)).toEqual(['1', '1', '2', '2', '4']);
    expect(kinds(document)).toEqual(['h2', 'paragraph', 'h2', 'paragraph', 'paragraph']);
    expect(document.pageCount).toBe(4);
  });

  it('leaves a text without form feeds unpaged, and Markdown never paged', () => {
    expect(txt('Text.\n\nMer text.').pageCount).toBeNull();
    expect(txt('Text.').blocks.every((block) => block.page === null)).toBe(true);
    const markdown = importText(utf8('# Rubrik\n\nText.\f\nMer.'), { fileName: 'a.md' });
    expect(markdown.pageCount).toBeNull();
  });
});
