import { describe, expect, it } from 'vitest';
import { defaultReportSettings } from '../../../shared/domain/reportSettings';
import { reportInputFromTables } from '../../../shared/report/model/reportInput';
import { demoEvaluationSnapshot } from '../../support/evaluationFileFixtures';

describe('reportInputFromTables', () => {
  const snapshot = demoEvaluationSnapshot();
  const tables = snapshot.tables;

  it('reads the demo snapshot: the one evaluation, its records, documents with the blocks of their texts', () => {
    const input = reportInputFromTables(tables, 'en', '2026-12-07');
    const evaluation = tables.evaluations?.[0] as { id: string; title: string };
    expect(input.evaluation.id).toBe(evaluation.id);
    expect(input.language).toBe('en');
    expect(input.generatedOn).toBe('2026-12-07');
    for (const name of ['projects', 'codes', 'segments', 'judgements', 'findings', 'recommendations', 'ratingScales'] as const) {
      expect(input[name]).toHaveLength(tables[name]?.length ?? -1);
      expect(input[name].length).toBeGreaterThan(0);
    }
    expect(input.documents).toHaveLength(7);
    for (const document of input.documents) {
      const text = tables.documentTexts?.find((t) => t.documentId === document.id) as { blocks: unknown[] };
      expect(document.blocks).toEqual(text.blocks);
      expect(document.blocks.length).toBeGreaterThan(0);
      expect('text' in document).toBe(false);
    }
  });

  it('uses the default report settings where the file has none, and the stored ones where it has', () => {
    const evaluation = tables.evaluations?.[0] as { id: string; updatedAt: string };
    const { reportSettings: demoSettings, ...withoutSettings } = tables;
    expect(demoSettings).toHaveLength(1);
    expect(reportInputFromTables(tables, 'sv', '2026-12-07').settings).toEqual(demoSettings?.[0]);
    expect(reportInputFromTables(withoutSettings, 'sv', '2026-12-07').settings).toEqual(defaultReportSettings(evaluation.id, evaluation.updatedAt));
    const stored = { ...defaultReportSettings(evaluation.id, evaluation.updatedAt), quotesPerCategory: 5, texts: { summary: 'Kort.' } };
    const other = { ...stored, evaluationId: 'another', quotesPerCategory: 9 };
    expect(reportInputFromTables({ ...tables, reportSettings: [other, stored] }, 'sv', '2026-12-07').settings).toEqual(stored);
  });

  it('keeps only the evaluation’s own records and refuses tables without an evaluation', () => {
    const stray = { ...(tables.segments?.[0] as object), id: 'stray', evaluationId: 'another' };
    const input = reportInputFromTables({ ...tables, segments: [...(tables.segments ?? []), stray] }, 'sv', '2026-12-07');
    expect(input.segments.some((s) => s.id === 'stray')).toBe(false);
    expect(() => reportInputFromTables({ ...tables, evaluations: [] }, 'sv', '2026-12-07')).toThrow(RangeError);
  });
});
