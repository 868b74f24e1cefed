import { describe, expect, it } from 'vitest';
import { readTextRuns } from '../../../../../shared/ingest/documents/pdf/pdfTextItems';
import { item } from './synthetic';

const A4 = [0, 0, 595, 842] as const;

describe('readTextRuns', () => {
  it('keeps what layout needs and drops empty, white-space-only and malformed items', () => {
    const items = [item('Hej', 72, 700, 12), item('', 90, 700), item(' ', 100, 700), null, 'text', { str: 'utan transform' }, item('då', 110, 700, 12, { transform: [12, 0, 0, 12, Number.NaN, 700] })];
    const read = readTextRuns(items, A4);
    expect(read.runs).toEqual([{ str: 'Hej', x: 72, y: 700, width: 18, size: 12, rtl: false, font: 'g_d0_f1' }]);
    expect([read.top, read.bottom]).toEqual([842, 0]);
  });

  it('takes control characters out and turns tabs into spaces', () => {
    expect(readTextRuns([item('a\u0000b\tc\u0007', 72, 700)], A4).runs[0]?.str).toBe('ab c');
  });

  it('turns symbol-font bullets (private-use code points) into bullets', () => {
    expect(readTextRuns([item('\uF0B7', 72, 700), item('\uF095', 72, 680), item('\uF0A7', 72, 660)], A4).runs.map((run) => run.str)).toEqual(['•', '•', '▪']);
  });

  it('measures the font size across the baseline, not along a slanted glyph axis', () => {
    const oblique = item('kursiv', 72, 700, 11.7, { transform: [11.7, 0, 3.6, 11.7, 72, 700] });
    expect(readTextRuns([oblique], A4).runs[0]?.size).toBeCloseTo(11.7);
  });

  it('turns a page set at 90° into its own frame and keeps diagonal text apart in content order', () => {
    const up = (str: string, x: number) => item(str, x, 100, 12, { transform: [0, 12, -12, 0, x, 100] });
    const read = readTextRuns(
      [up('första', 100), up('andra', 116), item('UT', 200, 400, 48, { transform: [34, 34, -34, 34, 200, 400] }), item('KAST', 250, 450, 48, { transform: [34, 34, -34, 34, 250, 450], hasEOL: true })],
      A4,
    );
    // Along the text: x' = y; across it: y' = -x, so the first line (x = 100) is the top one.
    expect(read.runs.map((run) => [run.str, run.x, run.y])).toEqual([
      ['första', 100, -100],
      ['andra', 100, -116],
    ]);
    expect([read.top, read.bottom]).toEqual([0, -595]);
    expect(read.offAxis).toEqual(['UTKAST']);
  });
});
