import { describe, expect, it } from 'vitest';
import { findGutter } from '../../../../../shared/ingest/documents/pdf/pdfColumns';
import { lineText } from '../../../../../shared/ingest/documents/pdf/pdfLineText';
import { buildLines } from '../../../../../shared/ingest/documents/pdf/pdfLines';
import type { TextRun } from '../../../../../shared/ingest/documents/pdf/pdfTypes';
import { run } from './synthetic';

const texts = (runs: TextRun[]) => buildLines(runs).map((line) => line.text);

describe('lineText', () => {
  it('orders runs left to right and puts a space where pdf.js left a gap', () => {
    // "Projektet" ends at 145; "har" starts 3 pt later (a word space), "." touches "har".
    expect(lineText([run('har', 148, 700), run('Projektet', 100, 700), run('.', 163, 700)])).toBe('Projektet har.');
  });

  it('does not double a space a run brings itself, and collapses runs of spaces', () => {
    expect(lineText([run('ett ', 100, 700), run('två', 125, 700)])).toBe('ett två');
    expect(lineText([run('ett   två', 100, 700)])).toBe('ett två');
  });

  it('drops text overprinted a hair apart (fake bold)', () => {
    const copies = [run('Test', 100, 700), run('Test', 100.3, 700.4), run('Te', 100.2, 700), run('st', 110.2, 700.4), run('test', 122, 700)];
    expect(lineText(copies)).toBe('Test test');
  });

  it('puts TeX spacing accents back on their letter', () => {
    // "na¨" + "ıve": the accent is drawn over the dotless i that follows.
    expect(lineText([run('a na¨', 100, 700), run('ıve', 124, 700)]).normalize('NFC')).toBe('a naïve');
  });

  it('reads right-to-left runs from right to left', () => {
    const rtl = { rtl: true };
    const line = lineText([run('اﻟﻌﺮﺑﻴﺔ', 100, 700, 10, rtl), run('اخلﻄﻮط', 150, 700, 10, rtl), run('اﻧﻮاع', 200, 700, 10, rtl)]);
    expect(line).toBe('اﻧﻮاع اخلﻄﻮط اﻟﻌﺮﺑﻴﺔ');
  });
});

describe('buildLines', () => {
  it('groups runs by baseline, top to bottom, whatever order the content stream has', () => {
    const runs = [run('tredje', 100, 660), run('första', 100, 700), run('rad', 135, 700.5), run('andra', 100, 680)];
    expect(texts(runs)).toEqual(['första rad', 'andra', 'tredje']);
  });

  it('keeps superscripts and subscripts on their line', () => {
    const runs = [run('Andreas Gal', 100, 700, 11), run('∗', 161, 703.9, 8), run(', Brendan Eich', 165, 700, 11), run('H', 100, 686, 11), run('2', 106, 683, 8), run('O', 110, 686, 11)];
    expect(texts(runs)).toEqual(['Andreas Gal∗, Brendan Eich', 'H2O']);
  });

  it('keeps a line of big text apart from the small lines just above and below', () => {
    const lines = buildLines([run('Rubrik', 100, 700, 18), run('brödtext', 100, 680, 10), run('ovanför', 100, 722, 10)]);
    expect(lines.map((line) => [line.text, line.size])).toEqual([
      ['ovanför', 10],
      ['Rubrik', 18],
      ['brödtext', 10],
    ]);
  });

  it('reads a two-column page column by column and never joins lines of two columns', () => {
    const runs: TextRun[] = [run('Titel över båda spalterna som är ganska lång', 100, 760, 10)];
    for (let i = 0; i < 8; i++) {
      // Baselines of the right column sit 1.5 pt off the left one's, as in real two-column papers.
      runs.push(run(`vänster rad ${i} med text som fyller hela spalten`, 50, 720 - i * 12));
      runs.push(run(`höger rad ${i} med text som fyller spalten helt`, 320, 721.5 - i * 12));
    }
    const lines = buildLines(runs);
    expect(lines.map((line) => line.text)).toEqual([
      'Titel över båda spalterna som är ganska lång',
      ...Array.from({ length: 8 }, (_, i) => `vänster rad ${i} med text som fyller hela spalten`),
      ...Array.from({ length: 8 }, (_, i) => `höger rad ${i} med text som fyller spalten helt`),
    ]);
    expect(lines.map((line) => line.column)).toEqual(['full', ...Array(8).fill('left'), ...Array(8).fill('right')]);
  });

  it('reads a table of short cells row by row, not as columns', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 8; i++) {
      runs.push(run(`Kommun ${i}`, 50, 700 - i * 12));
      runs.push(run(`${i * 10}`, 400, 700 - i * 12));
    }
    expect(texts(runs)[0]).toBe('Kommun 0 0');
    expect(texts(runs)[7]).toBe('Kommun 7 70');
  });
});

describe('findGutter', () => {
  const segment = (x0: number, x1: number) => ({ x0, x1, size: 10, chars: 40 });

  it('finds the strip between two filled columns', () => {
    const segments = Array.from({ length: 10 }, () => [segment(50, 290), segment(320, 560)]).flat();
    const gutter = findGutter(segments);
    expect(gutter).not.toBeNull();
    expect(gutter!.start).toBeGreaterThanOrEqual(289);
    expect(gutter!.end).toBeLessThanOrEqual(321);
  });

  it('finds none on a single-column page or with too few lines', () => {
    expect(findGutter(Array.from({ length: 20 }, () => segment(50, 560)))).toBeNull();
    expect(findGutter([segment(50, 290), segment(320, 560)])).toBeNull();
  });

  it('finds none when lines across the middle outnumber the column lines', () => {
    const segments = [...Array.from({ length: 6 }, () => [segment(50, 290), segment(320, 560)]).flat(), ...Array.from({ length: 6 }, () => segment(50, 560))];
    expect(findGutter(segments)).toBeNull();
  });
});
