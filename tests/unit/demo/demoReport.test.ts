import { describe, expect, it } from 'vitest';
import { ShapeError } from '../../../shared/base/guards';
import { buildDemo } from '../../../shared/demo/buildDemo';
import { parseDemoManifest } from '../../../shared/demo/demoManifest';
import { isReportTextKey, parseDemoReport } from '../../../shared/demo/demoReportManifest';
import { MATRIX_COLUMNS, PROJECT_LEVELS, REPORT_SECTION_IDS } from '../../../shared/domain';
import { counter, demoFiles, demoFrameworks, demoJson } from './demoFiles';

const NOW = '2026-11-22T12:00:00.000Z';
const frameworks = demoFrameworks();
const records = buildDemo(parseDemoManifest(demoJson()), demoFiles(), frameworks, counter('id-'), NOW);
const codeById = new Map(records.codes.map((c) => [c.id, c]));
const FACTOR_FRAMEWORKS = ['learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'];

describe('the demo’s report settings', () => {
  it('has the evaluator’s text for every place in the report, in Swedish', () => {
    const keys = [
      'summary',
      'introduction.purpose',
      'method.limitations',
      ...PROJECT_LEVELS.flatMap((level) => MATRIX_COLUMNS.map((column) => `results.${level}.${column}`)),
      'results.map',
      ...FACTOR_FRAMEWORKS.map((id) => `factors.${id}`),
      'notReached',
      'conclusions',
    ];
    expect(Object.keys(records.reportSettings.texts).sort()).toEqual(keys.sort());
    expect(FACTOR_FRAMEWORKS.every((id) => frameworks.some((f) => f.id === id))).toBe(true);
    const { texts } = records.reportSettings;
    expect(texts.summary?.split('\n\n')).toHaveLength(3);
    // The evaluation questions are bullets.
    expect(texts['introduction.purpose']?.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThanOrEqual(4);
    for (const [key, text] of Object.entries(texts)) expect(text, key).toMatch(/[åäö]/);
  });

  it('keeps the defaults otherwise: every section in, anonymised, three quotes a category, dated now', () => {
    expect(records.reportSettings).toMatchObject({
      evaluationId: records.evaluation.id,
      sections: REPORT_SECTION_IDS.map((id) => ({ id, enabled: true })),
      reportDate: null,
      logo: null,
      template: null,
      quotesPerCategory: 3,
      anonymise: true,
      updatedAt: NOW,
    });
  });

  it('names people who occur in the demo’s quotes, with the role the report writes instead', () => {
    const { people } = records.reportSettings;
    expect(people.map((p) => p.name)).toEqual(['Sofia Bergman', 'Henrik Sjöberg']);
    for (const person of people) {
      expect(person.role.trim()).not.toBe('');
      expect(records.segments.some((s) => s.quote.exact.includes(person.name))).toBe(true);
    }
  });

  it('marks 12 passages "I rapporten", spread over the matrix and the factors, and one memo', () => {
    const marked = records.segments.filter((s) => s.inReport === true);
    expect(marked).toHaveLength(12);
    const codesOf = (segment: (typeof marked)[number]) => segment.codeIds.map((id) => codeById.get(id));
    const cells = new Set(marked.flatMap((s) => codesOf(s).flatMap((c) => (c?.matrixCell ? [`${c.matrixCell.level}.${c.matrixCell.column}`] : []))));
    expect([...cells].sort()).toEqual(['lokal.effects', 'lokal.results', 'nationell.results', 'regional.effects', 'regional.results']);
    const factorFrameworks = new Set(marked.flatMap((s) => codesOf(s).flatMap((c) => (c?.frameworkId && c.frameworkId !== 'results-matrix' ? [c.frameworkId] : []))));
    expect([...factorFrameworks].sort()).toEqual(['learning-factors', 'success-factors']);
    const memos = records.segments.filter((s) => s.memoInReport === true);
    expect(memos).toHaveLength(1);
    expect(memos[0]?.inReport).toBe(true);
    expect(memos[0]?.memo.trim()).not.toBe('');
    // The others carry no mark at all (absent is false).
    expect(records.segments.filter((s) => 'inReport' in s)).toHaveLength(12);
  });
});

describe('parseDemoReport', () => {
  it('knows the report’s text keys', () => {
    expect(['summary', 'results.lokal.effects', 'results.map', 'factors.success-factors', 'notReached'].every(isReportTextKey)).toBe(true);
    expect(['results.lokal', 'results.kommunal.results', 'inledning', 'factors.'].some(isReportTextKey)).toBe(false);
  });

  it('reads none as no texts and no people, and refuses an unknown key, an empty text or a person without a role', () => {
    expect(parseDemoReport(undefined)).toEqual({ texts: {}, people: [] });
    expect(() => parseDemoReport({ texts: { inledning: 'x' }, people: [] })).toThrow(ShapeError);
    expect(() => parseDemoReport({ texts: { summary: ' ' }, people: [] })).toThrow(ShapeError);
    expect(() => parseDemoReport({ texts: {}, people: [{ name: 'Eva Ek' }] })).toThrow(ShapeError);
    expect(() => parseDemoReport({ texts: {} })).toThrow(ShapeError);
  });

  it('refuses a factor text of a framework the demo does not have', () => {
    const manifest = parseDemoManifest(demoJson());
    const broken = { ...manifest, report: { ...manifest.report, texts: { 'factors.okand': 'Text' } } };
    expect(() => buildDemo(broken, demoFiles(), frameworks, counter('id-'), NOW)).toThrow(/names no framework/);
  });
});
