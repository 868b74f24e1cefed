import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../shared/domain/reportSettings';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { reportPreview } from '../../../shared/report/model/reportPreview';
import { demoInput, quotes, sectionBlocks } from './demoReport';

describe('reportPreview', () => {
  const input = demoInput('sv');
  const preview = reportPreview(input);
  const document = buildReportDocument(input);
  const part = (id: keyof typeof preview, kind: string) => preview[id].parts.find((p) => p.kind === kind)?.count;

  it('counts what each section of the report holds, as the document has it', () => {
    expect(Object.keys(preview)).toEqual([...REPORT_SECTION_IDS]);
    const results = sectionBlocks(document, 'Resultat per nivå');
    expect(part('results', 'quotes')).toBe(quotes(results).length);
    expect(part('results', 'categories')).toBe(results.filter((b) => b.kind === 'heading' && b.level === 3).length);
    expect(part('results', 'charts')).toBe(1);
    expect(part('factors', 'charts')).toBe(2);
    expect(part('summary', 'findings')).toBe(5);
    expect(part('conclusions', 'recommendations')).toBe(3);
    expect(part('method', 'documents')).toBe(7);
    expect(part('appendices', 'projects')).toBe(4);
    expect(preview.results.text).toMatch(/^\d+ kategorier, \d+ citat, 1 tabell, 1 diagram$/);
    expect(preview.contents.text).toBe('');
  });

  it('counts a switched-off section as it would be, and says it is off', () => {
    const off = reportPreview({ ...input, settings: { ...input.settings, sections: input.settings.sections.map((s) => (s.id === 'factors' ? { ...s, enabled: false } : s)) } });
    expect(off.factors.enabled).toBe(false);
    expect(off.factors.parts).toEqual(preview.factors.parts);
    expect(off.results.enabled).toBe(true);
  });

  it('words the counts in English with plural forms', () => {
    const en = reportPreview({ ...input, language: 'en' });
    expect(en.conclusions.text).toMatch(/^5 findings, 3 recommendations, \d+ quotes?$/);
    expect(en.results.text).toMatch(/1 table, 1 chart$/);
  });
});
