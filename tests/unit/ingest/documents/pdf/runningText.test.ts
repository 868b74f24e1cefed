import { describe, expect, it } from 'vitest';
import { findRunningText, isPageNumberLine, runningKey, type RunningPage } from '../../../../../shared/ingest/documents/pdf/runningText';

/** An A4 page (0-842) with lines at the given baselines. */
function page(lines: [string, number][]): RunningPage {
  return { top: 842, bottom: 0, lines: lines.map(([text, y]) => ({ text, y, size: 10 })) };
}

describe('isPageNumberLine', () => {
  it.each(['12', '- 4 -', '– 7 –', 'Sida 3 av 10', 'sida 3', 'Page 3 of 10', '3 (10)', '3/10', 'iv', 'Seite 2 von 9'])('%s is a page number', (text) => {
    expect(isPageNumberLine(text)).toBe(true);
  });

  it.each(['Sidan 3 handlar om resultat', '2023 var ett bra år för projektet', 'Bilaga', 'Inledning'])('%s is not', (text) => {
    expect(isPageNumberLine(text)).toBe(false);
  });
});

describe('runningKey', () => {
  it('is the same for lines that differ only in their page numbers', () => {
    expect(runningKey('Sida 3 av 10')).toBe(runningKey('Sida 4 av 10'));
    expect(runningKey('Delrapport  –  Projekt X')).toBe(runningKey('Delrapport – Projekt X'));
    expect(runningKey('Kapitel ii')).toBe(runningKey('Kapitel iv'));
    expect(runningKey('Delrapport')).not.toBe(runningKey('Slutrapport'));
  });
});

describe('findRunningText', () => {
  it('marks text repeated at the top and the bottom of pages, page numbers aside', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page([
        ['Delrapport – Projekt X', 810],
        [`Brödtext på sidan ${n} som inte upprepas.`, 760],
        ['Mitt på sidan', 400],
        [`Sida ${n} av 4`, 30],
      ]),
    );
    expect(findRunningText(pages)).toEqual(pages.map(() => ['header', null, null, 'footer']));
  });

  it('needs the text on at least three pages and 40 % of the pages with text', () => {
    const three = [page([['Återkommande rad', 810], ['Brödtext', 700]]), page([['Brödtext tre', 700]]), page([['Återkommande rad', 810], ['Brödtext två', 700]])];
    expect(findRunningText(three).flat()).not.toContain('header');
    const many = Array.from({ length: 10 }, (_, i) => page([[i < 3 ? 'Bara på tre sidor' : `Rubrik ${'abcdefghij'[i]}`, 810], ['Brödtext', 700]]));
    expect(findRunningText(many).flat()).not.toContain('header');
  });

  it('in a document with text on two pages, marks text on both at the same place, whatever its fonts made of the layout', () => {
    // LibreOffice with Liberation fonts lays a report out on two pages where DejaVu takes three.
    const two = [1, 2].map((n) => page([['Slutrapport – Projekt Y', 788], [n === 1 ? '1 Kapitel 1' : 'Brödtext', 736], [`Sida ${n} av 2`, 45]]));
    expect(findRunningText(two)).toEqual([
      ['header', null, 'footer'],
      ['header', null, 'footer'],
    ]);
    // A few points apart is the same place; a tenth of the page apart is not.
    expect(findRunningText([page([['Rapport', 810], ['Brödtext', 700]]), page([['Rapport', 806], ['Brödtext två', 700]])]).flat()).toContain('header');
    expect(findRunningText([page([['Rapport', 810], ['Brödtext', 700]]), page([['Rapport', 740], ['Brödtext två', 600]])]).flat()).not.toContain('header');
    // On one of the two pages only: not running text.
    expect(findRunningText([page([['Rapport', 810], ['Brödtext', 700]]), page([['Annan rad', 810], ['Brödtext två', 700]])]).flat()).not.toContain('header');
    // A single page cannot show that anything repeats.
    expect(findRunningText([page([['Rapport', 810], ['Brödtext', 700]])]).flat()).not.toContain('header');
  });

  it('marks a lone page number at the top or bottom even on a single page', () => {
    expect(findRunningText([page([['Brödtext', 700], ['1', 142]])])).toEqual([[null, 'footer']]);
    expect(findRunningText([page([['- 2 -', 820], ['Brödtext', 700]])])).toEqual([['header', null]]);
  });

  it('leaves repeated text in the middle of pages alone', () => {
    const pages = [1, 2, 3, 4].map(() => page([['Tabell 1. Resultat', 500], ['Brödtext', 700]]));
    expect(findRunningText(pages).flat().filter((mark) => mark !== null)).toEqual([]);
  });

  it('copes with pages without lines or without a height', () => {
    expect(findRunningText([page([]), { top: 0, bottom: 0, lines: [{ text: '1', y: 0, size: 10 }] }])).toEqual([[], [null]]);
  });
});
