import { describe, expect, it } from 'vitest';
import { judgementHeatmap } from '../../../shared/analysis/judgementHeatmap';
import { EMPTY_MATRIX_FILTER } from '../../../shared/analysis/matrixFilter';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import type { Judgement } from '../../../shared/domain/judgement';
import { defaultScale } from '../../../shared/domain/ratingScales';
import { criterionPaths, heatmapSheets, type HeatmapSheetsInput } from '../../../shared/report/model/heatmapSheets';
import { documentById, documents, EVALUATION_ID, projects, QUOTES, segmentFor } from '../../fixtures/report/evaluationFixture';
import { code, CREATED } from '../coding/codebookFixtures';

const codes = [
  code('kultur', null, 2, { frameworkId: 'learning-factors', labelSv: 'Kultur för lärande', labelEn: 'A culture of learning' }),
  code('tillit', 'kultur', 1, { frameworkId: 'learning-factors', labelSv: 'Öppenhet och tillit', labelEn: 'Openness and trust' }),
  code('delaktighet', null, 1, { frameworkId: 'learning-factors', labelSv: 'Hög delaktighet', labelEn: 'High participation' }),
];
const passage = { ...segmentFor(documentById('d-upphandling-del'), QUOTES.policy, []), id: 's1' };

function judgement(id: string, projectId: string | null, codeId: string, fields: Partial<Judgement>): Judgement {
  const subject = projectId === null ? ({ kind: 'programme' } as const) : ({ kind: 'project', projectId } as const);
  return { ...newJudgement({ id, evaluationId: EVALUATION_ID, subject, criterionCodeId: codeId, coder: 'Karin', now: CREATED }), ...fields };
}

const judgements = [
  judgement('j1', 'p-upphandling', 'delaktighet', { rating: '2', confidence: 'high', justification: '=Arbetsmöten med beställarna', segmentIds: ['s1'], dataCodingIds: ['dc1'] }),
  judgement('j2', null, 'delaktighet', { rating: '1', confidence: null, justification: 'Svagt i stort.' }),
  judgement('j3', 'p-handel', 'tillit', { rating: null, confidence: 'low' }),
];

function input(language: 'sv' | 'en' = 'sv', filtered = false): HeatmapSheetsInput {
  const map = judgementHeatmap({
    codes,
    frameworkId: 'learning-factors',
    projects: projects.slice(0, 1).concat(projects[3]!),
    filter: filtered ? { ...EMPTY_MATRIX_FILTER, level: 'lokal' } : EMPTY_MATRIX_FILTER,
    grouping: null,
    judgements,
    scale: defaultScale(EVALUATION_ID, 'learning-factors'),
  });
  return {
    map,
    frameworkId: 'learning-factors',
    projects,
    documents,
    segments: [passage],
    datasets: [{ id: 'ds', name: 'Indikatorer' }],
    dataCodings: [{ id: 'dc1', evaluationId: EVALUATION_ID, datasetId: 'ds', rowId: 'r1', column: null, projectId: 'p-upphandling', codeIds: [], memo: '', strength: null, direction: null, coder: '', createdAt: CREATED, updatedAt: CREATED }],
    rows: [{ id: 'r1', line: 7 }],
    language,
  };
}

describe('heatmapSheets', () => {
  it('names each criterion by its path in the framework', () => {
    expect(criterionPaths(input().map, 'sv')).toEqual(['Hög delaktighet', 'Kultur för lärande', 'Kultur för lärande › Öppenhet och tillit']);
  });

  it('leaves the results matrix\u2019s levels and columns out of the grid\u2019s rows, naming them in the categories\u2019 paths', () => {
    const cell = { level: 'lokal', column: 'results' } as const;
    const matrix = [
      code('lokal', null, 0, { frameworkId: 'results-matrix', labelSv: 'Lokal nivå' }),
      code('resultat', 'lokal', 0, { frameworkId: 'results-matrix', labelSv: 'Erfarenheter/Resultat' }),
      code('natverk', 'resultat', 0, { frameworkId: 'results-matrix', labelSv: 'Nätverk', matrixCell: cell }),
    ];
    const map = judgementHeatmap({ codes: matrix, frameworkId: 'results-matrix', projects: projects.slice(0, 1), filter: EMPTY_MATRIX_FILTER, grouping: null, judgements: [], scale: defaultScale(EVALUATION_ID, 'results-matrix') });
    const { grid } = heatmapSheets({ ...input(), map, frameworkId: 'results-matrix' });
    expect(grid.rows.map((row) => row[1])).toEqual(['Lokal nivå › Erfarenheter/Resultat › Nätverk']);
    expect(grid.fills).toHaveLength(1);
  });

  it('lays the grid out as criteria × the shown projects and the programme, each cell the rating in words with confidence and evidence, its colour as fill', () => {
    const { grid } = heatmapSheets(input());
    expect(grid.name).toBe('Bedömningar per projekt');
    expect(grid.columns.map((c) => c.name)).toEqual(['Ramverk', 'Kriterium', 'Handel som tillväxtfaktor i Skaraborg', 'Lokal upphandling i Fyrbodal', 'Programmet']);
    expect(grid.rows).toEqual([
      ['Faktorer som främjar lärande', 'Hög delaktighet', null, 'Delvis – säkerhet hög – 2 belägg', 'Svagt – inget belägg'],
      ['Faktorer som främjar lärande', 'Kultur för lärande', null, null, null],
      ['Faktorer som främjar lärande', 'Kultur för lärande › Öppenhet och tillit', 'Ej bedömd – säkerhet låg – inget belägg', null, null],
    ]);
    // The scale's colour fills a rated cell; an unrated one and the header columns have none.
    expect(grid.fills?.[0]).toEqual([null, null, null, '#f4e04d', '#f0ad4e']);
    expect(grid.fills?.[2]).toEqual([null, null, null, null, null]);
  });

  it('follows the filter the heatmap was drawn with', () => {
    const { grid, long } = heatmapSheets(input('sv', true));
    expect(grid.columns.map((c) => c.name).slice(2)).toEqual(['Lokal upphandling i Fyrbodal', 'Programmet']);
    expect(long.rows.map((row) => row[2])).toEqual(['Lokal upphandling i Fyrbodal', 'Programmet']);
  });

  it('lists one row per judgement with its justification, counts, quotes cited to project, document and page, and coder', () => {
    const { long } = heatmapSheets(input());
    expect(long.name).toBe('Bedömningar');
    const names = long.columns.map((c) => c.name);
    expect(names).toEqual(['Ramverk', 'Kriterium', 'Bedöms', 'Projektkod', 'Betyg', 'Säkerhet', 'Motivering', 'Kopplade citat', 'Kopplade tabellrader', 'Citat med källa', 'Bedömare', 'Skapad', 'Ändrad']);
    expect(long.rows).toHaveLength(3);
    const [first, programme, unrated] = long.rows;
    const at = (row: typeof first, name: string) => row?.[names.indexOf(name)];
    expect(at(first, 'Bedöms')).toBe('Lokal upphandling i Fyrbodal');
    expect(at(first, 'Projektkod')).toBe('P-UPPHANDLING');
    expect(at(first, 'Betyg')).toBe('Delvis');
    expect(at(first, 'Säkerhet')).toBe('Hög');
    // The justification is kept as written; the writers keep it text, never a formula.
    expect(at(first, 'Motivering')).toBe('=Arbetsmöten med beställarna');
    expect(at(first, 'Kopplade citat')).toBe(1);
    expect(at(first, 'Kopplade tabellrader')).toBe(1);
    expect(at(first, 'Citat med källa')).toBe(`”${QUOTES.policy}” (Delrapport 1, Lokal upphandling i Fyrbodal; Lokal upphandling i Fyrbodal, Delrapport, 2011-05-30, s. 4)\nTabellrad 7 i Indikatorer`);
    expect(at(first, 'Bedömare')).toBe('Karin');
    expect(at(programme, 'Bedöms')).toBe('Programmet');
    expect(at(programme, 'Säkerhet')).toBeNull();
    expect(at(programme, 'Citat med källa')).toBe('inget belägg');
    expect(at(unrated, 'Betyg')).toBe('Ej bedömd');
    expect(at(unrated, 'Kriterium')).toBe('Kultur för lärande › Öppenhet och tillit');
  });

  it('is worded in English when asked', () => {
    const { grid, long } = heatmapSheets(input('en'));
    expect(grid.columns.map((c) => c.name).slice(0, 2)).toEqual(['Framework', 'Criterion']);
    expect(grid.columns.at(-1)?.name).toBe('The programme');
    expect(grid.rows[0]?.[3]).toBe('Partly – confidence high – 2 evidence');
    expect(long.rows[0]?.[0]).toBe('Factors that promote learning');
    expect(long.rows[0]?.[1]).toBe('High participation');
  });
});
