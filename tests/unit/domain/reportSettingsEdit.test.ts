import { describe, expect, it } from 'vitest';
import { defaultReportSettings, isSectionOrder, patchReportSettings, REPORT_SECTION_IDS } from '../../../shared/domain';

const NOW = '2026-11-22T09:00:00.000Z';
const LATER = '2026-12-01T10:00:00.000Z';
const base = defaultReportSettings('eval-1', NOW);

describe('patchReportSettings', () => {
  it('lays a patch on and dates it, or gives null when nothing changes', () => {
    expect(patchReportSettings(base, { anonymise: false, reportDate: '2026-12-24' }, LATER)).toEqual({ ...base, anonymise: false, reportDate: '2026-12-24', updatedAt: LATER });
    expect(patchReportSettings(base, { anonymise: true, texts: {}, people: [] }, LATER)).toBeNull();
    expect(patchReportSettings(base, {}, LATER)).toBeNull();
  });

  it('merges texts key by key; a blank text removes its key', () => {
    const withTexts = { ...base, texts: { summary: 'S', conclusions: 'C' } };
    expect(patchReportSettings(withTexts, { texts: { summary: '', notReached: 'N' } }, LATER)?.texts).toEqual({ conclusions: 'C', notReached: 'N' });
    expect(patchReportSettings(withTexts, { texts: { summary: 'S' } }, LATER)).toBeNull();
  });

  it('rounds the number of quotes into 0..20 and refuses one that is not a number', () => {
    expect(patchReportSettings(base, { quotesPerCategory: 4.6 }, LATER)?.quotesPerCategory).toBe(5);
    expect(patchReportSettings(base, { quotesPerCategory: -2 }, LATER)?.quotesPerCategory).toBe(0);
    expect(patchReportSettings(base, { quotesPerCategory: 500 }, LATER)?.quotesPerCategory).toBe(20);
    expect(() => patchReportSettings(base, { quotesPerCategory: Number.NaN }, LATER)).toThrow(RangeError);
  });

  it('takes sections in any order that names every section once', () => {
    const reordered = [...base.sections].reverse();
    expect(isSectionOrder(reordered)).toBe(true);
    expect(patchReportSettings(base, { sections: reordered }, LATER)?.sections.map((s) => s.id)).toEqual([...REPORT_SECTION_IDS].reverse());
    expect(() => patchReportSettings(base, { sections: [...base.sections, { id: 'summary', enabled: false }] }, LATER)).toThrow(RangeError);
    expect(() => patchReportSettings(base, { sections: base.sections.slice(1) }, LATER)).toThrow(RangeError);
  });

  it('trims people and leaves out one without a name', () => {
    expect(patchReportSettings(base, { people: [{ name: ' Anna Svensson ', role: ' verksamhetsledaren' }, { name: '', role: 'x' }] }, LATER)?.people).toEqual([{ name: 'Anna Svensson', role: 'verksamhetsledaren' }]);
  });
});
