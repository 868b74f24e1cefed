// The report rendered from a hand-made ReportDocument and read back: with mammoth (as a reader of the
// .docx) and from its XML parts (what mammoth does not show: repeated header rows, alt text, fields).
import { describe, expect, it } from 'vitest';
import type { ReportBlock } from '../../../../shared/report/document/reportDocument';
import { citationText, memoText, quoteText, RATINGS } from '../../../fixtures/report/reportDocumentFixture';
import { part } from '../docxParts';
import { rendered, textOf } from './renderedFixture';

const headingsOf = (blocks: readonly ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [`h${block.level}:${block.text}`] : []));

describe('renderReportDocx (Swedish, read back with mammoth)', async () => {
  const { doc, html, messages } = await rendered();

  it('reads back without errors; mammoth only notes the styles it has no HTML for', () => {
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(new Set(messages.map((m) => m.message))).toEqual(
      new Set(['Title', 'Subtitle', 'TOC Heading', 'toc 1', 'toc 2', 'toc 3', 'Index Link'].map((name) => expect.stringContaining(`'${name}'`))),
    );
  });

  it('has the headings of every level in the order of the blocks, in Word heading styles', () => {
    const found = [...html.matchAll(/<h([1-3])>(?:<a id="[^"]*"><\/a>)?(.*?)<\/h\1>/g)].map((m) => `h${m[1]}:${textOf(m[2] as string)}`);
    expect(found).toEqual(headingsOf(doc.blocks));
  });

  it('sets every quote in the Swedish marks, followed by a footnote that holds its citation', () => {
    const footnotes = new Map([...html.matchAll(/<li id="(footnote-\d+)"><p>(.*?) <a href="#footnote-ref-\d+">↑<\/a><\/p><\/li>/g)].map((m) => [m[1], textOf(m[2] as string)]));
    const quotes = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].flatMap((m) => [...(m[1] as string).matchAll(/<p>(.*?)<\/p>/g)].map((p) => p[1] as string));
    expect(quotes).toHaveLength(30);
    quotes.forEach((quote, i) => {
      const reference = /<sup><a href="#(footnote-\d+)" id="footnote-ref-\d+">\[\d+\]<\/a><\/sup>$/.exec(quote);
      expect(reference, `quote ${i + 1} ends in a footnote reference`).not.toBeNull();
      expect(textOf(quote.slice(0, reference?.index))).toBe(`”${quoteText(i + 1)}”`);
      expect(footnotes.get(reference?.[1] as string)).toBe(citationText(i + 1));
    });
  });

  it('puts a memo the evaluator marked as a note right after its quote, and no other', () => {
    const notes = [...html.matchAll(/<\/blockquote><p class="note">(.*?)<\/p>/g)].map((m) => textOf(m[1] as string));
    const memos = Array.from({ length: 30 }, (_, i) => memoText(i + 1)).filter((memo) => memo !== null);
    expect(memos.length).toBeGreaterThan(0);
    expect(notes).toEqual(memos);
  });

  it('writes a footnote of a paragraph where the paragraph puts it', () => {
    expect(html).toMatch(/Programmets logik beskrivs i resultatmatrisen<sup><a href="#footnote-1" id="footnote-ref-1">\[1\]<\/a><\/sup> nedan\./);
    expect(html).toContain('<li id="footnote-1"><p>Resultatmatrisen i programmets ansökan, 2009.');
  });

  it('has the 40-row table under its header row, each rating written in its cell', () => {
    const table = /<table>(.*?)<\/table>/.exec(html)?.[1] ?? '';
    expect([...table.matchAll(/<th>/g)]).toHaveLength(4);
    expect(textOf(/<thead>(.*?)<\/thead>/.exec(table)?.[1] ?? '')).toBe('FaktorProjektBedömningBelägg');
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((m) => [...(m[1] as string).matchAll(/<td>(.*?)<\/td>/g)].map((c) => textOf(c[1] as string)));
    expect(rows).toHaveLength(40);
    expect(rows[3]).toEqual(['Faktor 4: Ägarskap och förankring', 'Kompetenslyft Jämtland', 'Uppnått', '12']);
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(RATINGS.map((r) => r.label)));
  });

  it('has the caption above the table and below each chart, the charts as images with their alt text', () => {
    expect(html).toMatch(/<p class="caption">Tabell 1\. Framgångsfaktorer per projekt<\/p><table>/);
    expect(html).toMatch(/<img alt="Stapeldiagram: antal belägg[^"]*" src="data:image\/png;base64,[^"]+" \/><\/p><p class="caption">Figur 1\. Belägg per kategori<\/p>/);
    expect(html).toMatch(/<img alt="Staplat diagram: bedömningar per faktor\." src="data:image\/png;base64,[^"]+" \/><\/p><p class="caption">Figur 2/);
  });

  it('has bullets, and numbered lists that each count from 1', () => {
    expect(html).toContain('<ul><li>14 projekt</li><li>212 dokument</li><li>1 830 kodade passager</li></ul>');
    expect(html).toContain('<ol><li>Förstärk styrgruppens roll.</li><li>Följ upp lärandet efter projekttiden.</li></ol>');
    expect(html).toContain('<ol><li>Projektprofiler</li><li>Kodbok</li></ol>');
  });

  it('has the title page first, then the contents with an entry and a page number per heading', () => {
    expect(textOf(html)).toMatch(/^Lärande i lokalt och regionalt tillväxtarbeteProgrammet för hållbar regional utveckling i Norra MellansverigeSlututvärderingBeställare\tTillväxtverket/);
    const entries = [...html.matchAll(/<p><a href="#_TocReport\d+">(.*?)\t(\d+)<\/a><\/p>/g)].map((m) => m[1]);
    expect(entries).toEqual(headingsOf(doc.blocks).map((h) => h.slice(3)));
  });
});

describe('renderReportDocx (Swedish, its XML)', async () => {
  const { parts } = await rendered();
  const documentXml = part(parts, 'word/document.xml');

  it('has a real TOC field over headings 1-3, with fields updated when Word opens the file', () => {
    expect(documentXml).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(part(parts, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('repeats the header row on every page and splits no row', () => {
    const rows = [...documentXml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1] as string);
    expect(rows).toHaveLength(41);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('fills rated cells with the scale colour and writes their label in black or white by contrast', () => {
    const cells = [...documentXml.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((m) => m[1] as string);
    const look = (label: string) => {
      const cell = cells.find((xml) => xml.includes(`<w:t xml:space="preserve">${label}</w:t>`)) ?? '';
      return [/<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(cell)?.[1], /<w:color w:val="([0-9A-F]{6})"\/>/.exec(cell)?.[1]];
    };
    expect(look('Uppnått')).toEqual(['1A7F37', 'FFFFFF']);
    expect(look('Inte uppnått')).toEqual(['B42318', 'FFFFFF']);
    expect(look('Delvis uppnått')).toEqual(['F2C744', '1F2933']);
    expect(look('För tidigt att säga')).toEqual(['D0D5DD', '1F2933']);
    expect(look('Kompetenslyft Jämtland')).toEqual([undefined, undefined]);
  });

  it('gives each chart its alt text and sizes it to the text width (16 cm)', () => {
    const charts = [...documentXml.matchAll(/<wp:extent cx="(\d+)" cy="\d+"\/>.*?<wp:docPr [^>]*descr="([^"]*)"/g)].filter((m) => (m[2] as string).includes('diagram'));
    expect(charts).toHaveLength(2);
    for (const chart of charts) expect(Number(chart[1]) / 360_000).toBeCloseTo(16, 0);
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(3);
  });

  it('starts each level-1 heading on a new page, the first one after the contents too', () => {
    const h1 = [...documentXml.matchAll(/<w:pPr><w:pStyle w:val="Heading1"\/>(.*?)<\/w:pPr>/g)].map((m) => m[1] as string);
    expect(h1).toHaveLength(7);
    expect(h1.every((props) => props.includes('<w:pageBreakBefore/>'))).toBe(true);
  });

  it('sets footnotes in the footnote style', () => {
    const notes = [...part(parts, 'word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g)].filter((m) => Number(m[1]) > 0);
    expect(notes).toHaveLength(31);
    for (const note of notes) expect(note[2]).toContain('<w:pStyle w:val="FootnoteText"/>');
  });

  it('keeps a quote with its memo and each quote whole', () => {
    const quotes = [...documentXml.matchAll(/<w:pPr><w:pStyle w:val="Quote"\/>(.*?)<\/w:pPr>/g)].map((m) => m[1] as string);
    expect(quotes).toHaveLength(30);
    expect(quotes.every((props) => props.includes('<w:keepLines/>'))).toBe(true);
    expect(quotes.filter((props) => props.includes('<w:keepNext/>'))).toHaveLength(6);
  });

  it('has the title page in a section of its own without header, then the title in the header and "Sida" with the page number in the footer', () => {
    expect([...documentXml.matchAll(/<w:sectPr>/g)]).toHaveLength(2);
    const headers = [...parts.entries()].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes('Lärande i lokalt och regionalt tillväxtarbete'))).toBe(true);
    const footers = [...parts.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('Sida ') && xml.includes('PAGE'))).toBe(true);
    const firstSection = documentXml.slice(0, documentXml.indexOf('</w:p>', documentXml.indexOf('</w:sectPr>')));
    expect(firstSection).toContain('Datum');
    expect(firstSection).not.toContain('Innehåll');
  });

  it('tags the text Swedish and names the document and its maker', () => {
    expect(part(parts, 'word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Lärande i lokalt och regionalt tillväxtarbete</dc:title>');
    expect(core).toContain('<dc:creator>Spårbar</dc:creator>');
  });
});
