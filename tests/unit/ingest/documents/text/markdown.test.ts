import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../shared/domain/document';
import { stripInlineMarkdown } from '../../../../../shared/ingest/documents/text/markdownInline';
import { importText } from '../../../../../shared/ingest/documents/text/importText';
import type { ImportedDocument } from '../../../../../shared/ingest/documents/importTypes';

const md = (text: string, fileName = 'rapport.md') => importText(new TextEncoder().encode(text), { fileName });
const texts = (document: ImportedDocument) => document.blocks.map((block) => document.text.slice(block.start, block.end));
const summary = (block: Block) =>
  block.kind === 'heading' ? `h${block.level}` : block.kind === 'listItem' ? `li${block.list?.depth}${block.list?.ordered ? 'o' : 'u'}` : block.kind;

describe('importText: Markdown', () => {
  it('is Markdown for .md and .markdown, plain text otherwise', () => {
    expect(md('# Rubrik').format).toBe('md');
    expect(md('# Rubrik', 'RAPPORT.MARKDOWN').format).toBe('md');
    expect(md('# Rubrik', 'rapport.txt').format).toBe('txt');
    expect(texts(md('# Rubrik\n\nText.', 'rapport.txt'))).toEqual(['# Rubrik', 'Text.']);
  });

  it('reads ATX headings of every level, closing hashes removed', () => {
    const document = md('# Ett\n## Två ##\n### Tre\n#### Fyra\n##### Fem\n###### Sex\n####### Inte en rubrik\n#Inte heller');
    expect(document.blocks.map(summary)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'paragraph']);
    expect(texts(document)).toEqual(['Ett', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex', '####### Inte en rubrik\n#Inte heller']);
  });

  it('reads setext headings, and --- after a blank line is a thematic break', () => {
    const document = md('Slutrapport\n===========\n\nBakgrund\n--------\nText om bakgrunden.\n\n---\n\nSlut.');
    expect(document.blocks.map(summary)).toEqual(['h1', 'h2', 'paragraph', 'paragraph']);
    expect(texts(document)).toEqual(['Slutrapport', 'Bakgrund', 'Text om bakgrunden.', 'Slut.']);
  });

  it('reads bullet and numbered lists with their depth by indentation', () => {
    const document = md(
      [
        'Aktiviteter:',
        '',
        '- Workshoppar i Mora',
        '  - tre tillfällen',
        '    * med **företag**',
        '  - en mässa',
        '+ Nätverksträffar',
        '',
        '1. Förstudie',
        '2) Genomförande',
        '   1. Del A',
        '10. Uppföljning',
      ].join('\n'),
    );
    expect(document.blocks.map(summary)).toEqual(['paragraph', 'li0u', 'li1u', 'li2u', 'li1u', 'li0u', 'li0o', 'li0o', 'li1o', 'li0o']);
    expect(texts(document)).toEqual([
      'Aktiviteter:',
      'Workshoppar i Mora',
      'tre tillfällen',
      'med företag',
      'en mässa',
      'Nätverksträffar',
      'Förstudie',
      'Genomförande',
      'Del A',
      'Uppföljning',
    ]);
  });

  it('keeps a list item’s continuation lines in the item', () => {
    const document = md('- Första punkten\n  fortsätter här\n- Andra');
    expect(texts(document)).toEqual(['Första punkten\nfortsätter här', 'Andra']);
  });

  it('strips inline markup but keeps the words, and links keep their text', () => {
    const document = md('Projektet *Smart* **upphandling** gav `API:er` och [rapporten](https://example.se/r.pdf "titel") samt ~~inget~~ mer.');
    expect(texts(document)).toEqual(['Projektet Smart upphandling gav API:er och rapporten samt inget mer.']);
  });

  it('keeps fenced code verbatim, drops link definitions, reads block quotes and pipe tables', () => {
    const document = md(
      [
        '```',
        '**inte fetstil**',
        '```',
        '',
        '[ref]: https://example.se',
        '',
        '> Ett citat från',
        '> en deltagare.',
        '',
        '| Kommun | Företag |',
        '|--------|--------:|',
        '| Mora   | 12      |',
        '| Orsa   | 7       |',
      ].join('\n'),
    );
    expect(texts(document)).toEqual(['**inte fetstil**', 'Ett citat från\nen deltagare.', 'Kommun', 'Företag', 'Mora', '12', 'Orsa', '7']);
    expect(document.blocks.slice(2).map((block) => block.cell)).toEqual([
      { table: 0, row: 0, column: 0, header: true },
      { table: 0, row: 0, column: 1, header: true },
      { table: 0, row: 1, column: 0, header: false },
      { table: 0, row: 1, column: 1, header: false },
      { table: 0, row: 2, column: 0, header: false },
      { table: 0, row: 2, column: 1, header: false },
    ]);
  });

  it('keeps offsets right after stripping markup', () => {
    const document = md('## Resultat i *Åre*\n\n- punkt med 👍 och e\u0301\n');
    expect(texts(document)).toEqual(['Resultat i Åre', 'punkt med 👍 och é']);
    const item = document.blocks[1] as Block;
    expect(item.start).toBe('Resultat i Åre\n\n'.length);
    expect(item.end).toBe(document.text.length);
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    ['**fet** och __fet__', 'fet och fet'],
    ['*kursiv* och _kursiv_', 'kursiv och kursiv'],
    ['snake_case_namn och 2 * 3 * 4', 'snake_case_namn och 2 * 3 * 4'],
    ['`kod med **stjärnor**`', 'kod med **stjärnor**'],
    ['``kod med ` i``', 'kod med ` i'],
    ['![en bild](bild.png) och <https://example.se>', 'en bild och https://example.se'],
    ['[länk][ref] och [annan](http://x.se/(a))', 'länk och annan'],
    ['\\*inte kursiv\\* och \\[inte länk\\]', '*inte kursiv* och [inte länk]'],
    ['`a\\*b`', 'a\\*b'],
  ])('%s → %s', (source, expected) => {
    expect(stripInlineMarkdown(source)).toBe(expected);
  });
});
