import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../shared/domain/document';
import { declaredCharset, encodingOfLabel } from '../../../../../shared/ingest/documents/html/htmlCharset';
import { importHtml } from '../../../../../shared/ingest/documents/html/importHtml';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';
import { ImportError } from '../../../../../shared/domain/importError';

const html = (source: string) => importHtml(new TextEncoder().encode(source), { fileName: 'sida.html' });
const texts = (document: ImportedDocument) => document.blocks.map((block) => document.text.slice(block.start, block.end));
const summary = (block: Block) =>
  block.kind === 'heading' ? `h${block.level}` : block.kind === 'listItem' ? `li${block.list?.depth}${block.list?.ordered ? 'o' : 'u'}` : block.kind;

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (ch) => ch.charCodeAt(0)));
}

describe('importHtml: structure', () => {
  it('reads headings, paragraphs and the title', () => {
    const document = html(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>  Slutrapport
      Norra Dalarna </title></head><body><h1>Slutrapport</h1><p>Projektet har   samlat
      fyra kommuner.</p><h2>Bakgrund</h2><div>Kommunerna arbetade <b>var</b> för <i>sig</i>.</div></body></html>`);
    expect(document.format).toBe('html');
    expect(document.blocks.map(summary)).toEqual(['h1', 'paragraph', 'h2', 'paragraph']);
    expect(texts(document)).toEqual(['Slutrapport', 'Projektet har samlat fyra kommuner.', 'Bakgrund', 'Kommunerna arbetade var för sig.']);
    expect(document.metadata.title).toBe('Slutrapport Norra Dalarna');
    expect(document.pageCount).toBeNull();
  });

  it('reads nested lists with depth and numbering', () => {
    const document = html('<ul><li>Mora<ul><li>två träffar</li><li><p>en mässa</p></li></ul></li><li>Orsa</li></ul><ol><li>Förstudie<li>Genomförande</ol>');
    expect(document.blocks.map(summary)).toEqual(['li0u', 'li1u', 'li1u', 'li0u', 'li0o', 'li0o']);
    expect(texts(document)).toEqual(['Mora', 'två träffar', 'en mässa', 'Orsa', 'Förstudie', 'Genomförande']);
  });

  it('reads table cells with table, row, column and header', () => {
    const document = html(`<p>Före</p><table><thead><tr><th>Kommun</th><th>Företag</th></tr></thead>
      <tbody><tr><td>Mora</td><td>12</td></tr><tr><td colspan="2">Summa <p>rad två</p></td></tr></tbody></table>
      <table><tr><td>Andra tabellen</td></tr></table>`);
    expect(texts(document)).toEqual(['Före', 'Kommun', 'Företag', 'Mora', '12', 'Summa\nrad två', 'Andra tabellen']);
    expect(document.blocks.slice(1).map((block) => [block.kind, block.cell])).toEqual([
      ['tableCell', { table: 0, row: 0, column: 0, header: true }],
      ['tableCell', { table: 0, row: 0, column: 1, header: true }],
      ['tableCell', { table: 0, row: 1, column: 0, header: false }],
      ['tableCell', { table: 0, row: 1, column: 1, header: false }],
      ['tableCell', { table: 0, row: 2, column: 0, header: false }],
      ['tableCell', { table: 1, row: 0, column: 0, header: false }],
    ]);
  });

  it('turns br into a line break, two into a paragraph break, and keeps pre as written', () => {
    const document = html('<p>Rad ett<br>rad två<br><br>nytt stycke</p><pre>\n  kod   med\n    indrag\n</pre><blockquote>Ett citat</blockquote>');
    expect(texts(document)).toEqual(['Rad ett\nrad två', 'nytt stycke', 'kod   med\n    indrag', 'Ett citat']);
  });

  it('reads dt, dd and figcaption as blocks', () => {
    const document = html('<dl><dt>Mål</dt><dd>Fler företag</dd></dl><figure><img src="a.png"><figcaption>Figur 1</figcaption></figure>');
    expect(texts(document)).toEqual(['Mål', 'Fler företag', 'Figur 1']);
  });

  it('decodes entities and keeps offsets with åäö, emoji and combining characters', () => {
    const document = html('<p>Sm&aring;land &amp; &Ouml;land &#x1F44D; &ndash; &quot;bra&quot;&nbsp;!</p><p>A\u030are</p>');
    expect(texts(document)).toEqual(['Småland & Öland 👍 – "bra"\u00a0!', 'Åre']);
    const second = document.blocks[1] as Block;
    expect(second.start).toBe('Småland & Öland 👍 – "bra"\u00a0!\n\n'.length);
    expect(second.end).toBe(document.text.length);
  });
});

describe('importHtml: what is not text', () => {
  it('ignores scripts, styles, noscript, templates, svg, iframes, objects and the head', () => {
    const document = html(`<html><head><style>p { color: red }</style><script>var x = "<p>nej</p>";</script><meta name="x" content="y">
      Text i head</head><body><p>Synlig</p><script>alert(1)</script><noscript>Slå på JavaScript</noscript>
      <template><p>mall</p></template><svg><title>svg-titel</title><text>svg-text</text></svg>
      <iframe src="https://example.se">ram</iframe><object data="x.swf">objekt</object><p>Också synlig</p></body></html>`);
    expect(texts(document)).toEqual(['Synlig', 'Också synlig']);
    expect(document.metadata.title).toBeNull();
  });

  it('skips hidden elements: hidden, aria-hidden, display:none', () => {
    const document = html('<p>Ja</p><p hidden>dold</p><div aria-hidden="true">dold</div><span style="display: none">dold</span><p aria-hidden="false">Också</p>');
    expect(texts(document)).toEqual(['Ja', 'Också']);
  });

  it('fetches nothing and counts remote images, frames and style sheets in a warning', () => {
    const document = html(`<link rel="stylesheet" href="https://cdn.example.se/a.css"><link rel="stylesheet" href="lokal.css">
      <p>Text<img src="https://example.se/a.png"><img src="//example.se/b.png"><img src="data:image/png;base64,AAAA"></p>
      <iframe src="http://example.se/"></iframe>`);
    expect(document.warnings).toEqual([
      { code: 'externalResourcesIgnored', values: { count: 4 } },
      { code: 'imagesIgnored', values: { count: 1 } },
    ]);
  });

  it('refuses a page without visible text as empty', () => {
    const codeOf = (source: string) => {
      try {
        html(source);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as ImportError).code;
      }
      return 'imported';
    };
    expect(codeOf('<html><head><title>Bara titel</title></head><body><script>x</script></body></html>')).toBe('empty');
    expect(codeOf('<p> &nbsp; </p><p hidden>dold</p>')).toBe('empty');
  });
});

describe('importHtml: metadata and charset', () => {
  it('reads author and date from meta', () => {
    const document = html(`<head><meta name="Author" content="Anna Andersson"><meta property="article:published_time" content="2024-03-31T10:00:00Z"></head><p>x</p>`);
    expect(document.metadata).toEqual({ title: null, author: 'Anna Andersson', organisation: null, date: '2024-03-31' });
    expect(html('<meta name="date" content="2024-02-30"><p>x</p>').metadata.date).toBeNull();
    expect(html('<meta name="date" content="2023-11-05"><p>x</p>').metadata.date).toBe('2023-11-05');
  });

  it('uses the meta charset: Windows-1252 declared as iso-8859-1 decodes 0x80-0x9F as browsers do', () => {
    const bytes = latin1Bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>\x93V\xe4xj\xf6\x94 \x96 \x80</p></body></html>');
    const document = importHtml(bytes, { fileName: 'a.htm' });
    expect(document.text).toBe('“Växjö” – €');
    expect(document.warnings).toEqual([]);
  });

  it('falls back to Windows-1252 with a warning when undeclared and not UTF-8', () => {
    const document = importHtml(latin1Bytes('<p>G\xf6teborg</p>'), { fileName: 'a.html' });
    expect(document.text).toBe('Göteborg');
    expect(document.warnings).toEqual([{ code: 'decodedAsWindows1252' }]);
  });

  it('lets a BOM win over the meta charset', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1252"><p>Göteborg</p>')]);
    expect(importHtml(bytes, { fileName: 'a.html' }).text).toBe('Göteborg');
  });

  it('finds the declared charset in the first 1024 bytes only, outside comments', () => {
    expect(declaredCharset(latin1Bytes('<meta charset="UTF-8">'))).toBe('UTF-8');
    expect(declaredCharset(latin1Bytes("<meta http-equiv=content-type content='text/html;charset=windows-1252'>"))).toBe('windows-1252');
    expect(declaredCharset(latin1Bytes('<!-- <meta charset="latin1"> --><p>'))).toBeNull();
    expect(declaredCharset(latin1Bytes(`${' '.repeat(1100)}<meta charset="latin1">`))).toBeNull();
    expect(encodingOfLabel('ISO-8859-1')).toBe('windows-1252');
    expect(encodingOfLabel('utf-16')).toBe('utf-8');
    expect(encodingOfLabel('shift_jis')).toBeNull();
  });
});
