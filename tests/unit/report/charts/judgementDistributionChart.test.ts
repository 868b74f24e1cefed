import { describe, expect, it } from 'vitest';
import { judgementDistribution } from '../../../../shared/analysis/judgementDistribution';
import { EMPTY_MATRIX_FILTER } from '../../../../shared/analysis/matrixFilter';
import { newJudgement } from '../../../../shared/coding/judgementEdit';
import { emptyProjectInput, type Judgement, type Project } from '../../../../shared/domain';
import { defaultScale } from '../../../../shared/domain/ratingScales';
import { judgementDistributionSpec, judgementDistributionSvg, type DistributionChartTexts } from '../../../../shared/report/charts/judgementDistributionChart';
import { stackedBarChartSvg, textColourOn } from '../../../../shared/report/charts/stackedBarChart';
import { code, CREATED } from '../../coding/codebookFixtures';
import { all, byClass, parseSvg } from './parseSvg';

const codes = [code('forankring', null, 1, { labelSv: 'Förankring' }), code('mal', null, 2, { labelSv: 'Realistiska mål' }), code('mal.x', 'mal', 1), code('ovrigt', null, 3)];
function project(id: string, fields: Partial<Project> = {}): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'eval', createdAt: '', updatedAt: '', name: id, ...fields };
}
const projects = [project('a', { level: 'lokal' }), project('b', { level: 'lokal' }), project('c', { level: 'regional' }), project('d', { level: 'regional' })];
function judgement(projectId: string | null, codeId: string, rating: string | null): Judgement {
  const subject = projectId === null ? ({ kind: 'programme' } as const) : ({ kind: 'project', projectId } as const);
  return { ...newJudgement({ id: `${projectId}-${codeId}`, evaluationId: 'eval', subject, criterionCodeId: codeId, coder: 'K', now: CREATED }), rating };
}
const judgements = [
  judgement('a', 'forankring', '1'),
  judgement('b', 'forankring', '1'),
  judgement('c', 'forankring', '3'),
  judgement(null, 'forankring', '3'),
  judgement('a', 'mal', 'na'),
  judgement('b', 'mal', null),
  judgement('gone', 'mal', '2'),
];
const scale = defaultScale('eval', 'fw');
const texts: DistributionChartTexts = {
  title: 'Bedömningar per kriterium',
  intro: 'Staplar per kriterium.',
  levelName: (level) => level.labelSv,
  unratedName: 'Ej bedömd',
  codeName: (c) => c.labelSv,
  emptyText: 'Inga bedömningar',
};

describe('judgementDistribution', () => {
  it('counts the projects at each level per criterion, the rest as not rated, leaving out the programme and criteria nobody rated', () => {
    const distribution = judgementDistribution({ codes, frameworkId: 'fw', projects, filter: EMPTY_MATRIX_FILTER, judgements, scale });
    expect(distribution.projectCount).toBe(4);
    expect(distribution.levels.map((l) => l.key)).toEqual(['0', '1', '2', '3', 'na']);
    expect(distribution.criteria.map((c) => [c.code.id, c.counts, c.unrated])).toEqual([
      ['forankring', [0, 2, 0, 1, 0], 1],
      ['mal', [0, 0, 0, 0, 1], 3],
    ]);
  });

  it('counts only the projects passing the filter', () => {
    const distribution = judgementDistribution({ codes, frameworkId: 'fw', projects, filter: { ...EMPTY_MATRIX_FILTER, level: 'regional' }, judgements, scale });
    expect(distribution.projectCount).toBe(2);
    expect(distribution.criteria.map((c) => [c.code.id, c.counts, c.unrated])).toEqual([['forankring', [0, 0, 0, 1, 0], 1]]);
  });
});

describe('the judgement distribution chart', () => {
  const distribution = judgementDistribution({ codes, frameworkId: 'fw', projects, filter: EMPTY_MATRIX_FILTER, judgements, scale });

  it('says every number in its alt text', () => {
    const spec = judgementDistributionSpec(distribution, texts);
    expect(spec.series.map((s) => s.label)).toEqual(['Saknas', 'Svagt', 'Delvis', 'Starkt', 'Kan inte bedömas', 'Ej bedömd']);
    expect(spec.description).toBe('Staplar per kriterium. Förankring: Svagt 2, Starkt 1, Ej bedömd 1. Realistiska mål: Kan inte bedömas 1, Ej bedömd 3.');
  });

  it('draws a legend and a stacked bar per criterion, each part in its level colour with its number written on it', () => {
    const root = parseSvg(judgementDistributionSvg(distribution, texts));
    expect(root.children[0]).toMatchObject({ name: 'svg:title', text: 'Bedömningar per kriterium' });
    expect(byClass(root, 'chart-legend-item').map((item) => item.text)).toEqual(['Saknas', 'Svagt', 'Delvis', 'Starkt', 'Kan inte bedömas', 'Ej bedömd']);
    const bars = byClass(root, 'chart-bar');
    expect(bars.map((bar) => byClass(bar, 'chart-label')[0]?.text)).toEqual(['Förankring', 'Realistiska mål']);
    const rects = all(bars[0]!, (e) => e.name === 'svg:rect');
    expect(rects.map((r) => [r.attributes['data-value'], r.attributes.fill])).toEqual([['2', '#f0ad4e'], ['1', '#5cb85c'], ['1', '#eceff1']]);
    // Every bar holds all four projects: the same length.
    const length = (bar: typeof root) => all(bar, (e) => e.name === 'svg:rect').reduce((sum, r) => sum + Number(r.attributes.width), 0);
    expect(length(bars[0]!)).toBeCloseTo(length(bars[1]!), 0);
    expect(all(bars[0]!, (e) => e.name === 'svg:text' && e.attributes['text-anchor'] === 'middle').map((t) => t.text)).toEqual(['2', '1', '1']);
  });

  it('writes the numbers in words after a bar whose parts are too narrow for them, and says when there is nothing', () => {
    const narrow = parseSvg(stackedBarChartSvg({ title: 'T', description: 'D', width: 300, series: [{ label: 'A', colour: '#000000' }, { label: 'B <b>', colour: '#ffffff' }], bars: [{ label: 'x', values: [200, 1] }] }));
    expect(byClass(narrow, 'chart-value')[0]?.text).toBe('A 200, B <b> 1');
    const empty = parseSvg(judgementDistributionSvg({ ...distribution, criteria: [] }, texts));
    expect(all(empty, (e) => e.name === 'svg:text').map((t) => t.text)).toContain('Inga bedömningar');
    expect(textColourOn('#2f4f6f')).toBe('#ffffff');
    expect(textColourOn('#f4e04d')).toBe('#1f2933');
    // The scale's green is light enough for dark text (white on it would read poorly).
    expect(textColourOn('#5cb85c')).toBe('#1f2933');
  });
});
