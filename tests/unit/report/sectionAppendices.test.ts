import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetRow } from '../../../shared/domain/dataset';
import type { Project } from '../../../shared/domain/project';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { MAX_DATA_ROWS } from '../../../shared/report/model/sectionAppendices';
import type { ReportInput } from '../../../shared/report/model/reportInput';
import { demoInput, sectionBlocks } from './demoReport';

type Table = Extract<ReturnType<typeof sectionBlocks>[number], { kind: 'table' }>;
const text = (cell: Table['rows'][number][number] | undefined) => cell?.inlines.map((i) => ('text' in i ? i.text : '')).join('') ?? '';

function withIndicators(input: ReportInput, rowCount: number): ReportInput {
  const project = input.projects[0] as Project;
  const dataset: Dataset = {
    id: 'ds', evaluationId: input.evaluation.id, name: 'Indikatorer 2024', fileName: 'indikatorer.csv', format: 'csv', sha256: '0'.repeat(64),
    columns: [{ name: 'Projekt', originalName: 'Projekt', type: 'text' }, { name: 'Nya företag', originalName: 'Nya företag', type: 'integer' }],
    keyColumn: 0, rowCount, version: 1, importedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const rows: DatasetRow[] = Array.from({ length: rowCount }, (_, index) => ({
    id: `r${index}`, datasetId: 'ds', evaluationId: input.evaluation.id, index, line: index + 2, values: [project.code, 1200 + index], key: project.code, projectId: index === 0 ? project.id : null,
  }));
  return { ...input, datasets: [dataset], datasetRows: rows };
}

describe('the appendices', () => {
  it('give each project its register fields and judgements, and its indicator rows', () => {
    const input = withIndicators(demoInput('sv'), 3);
    const project = input.projects.slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'))[0] as Project;
    const blocks = sectionBlocks(buildReportDocument(input), 'Bilagor');
    const tables = blocks.filter((b): b is Table => b.kind === 'table');
    const profile = tables.find((t) => t.caption === `Projektprofil: ${project.name}`);
    expect(profile?.rows.map((r) => text(r[0]))).toEqual(expect.arrayContaining(['Projektkod', 'Projektägare', 'Samverkande kommuner', 'Beviljad budget']));
    // Anonymised: the register's manager is not named in the profile.
    expect(JSON.stringify(profile)).not.toContain(project.manager);
    const judgements = tables.find((t) => t.caption === `Bedömningar av ${project.name}`);
    expect(judgements?.rows).toHaveLength(input.judgements.filter((j) => j.subject.kind === 'project' && j.subject.projectId === project.id).length);
    const owner = input.projects[0] as Project;
    const indicators = tables.find((t) => t.caption === `Indikatorer 2024: ${owner.name}`);
    expect(indicators?.rows.map((r) => r.map(text))).toEqual([[owner.code, '1\u00a0200']]);
    const data = tables.find((t) => t.caption === 'Tabell: Indikatorer 2024');
    expect(data?.rows).toHaveLength(3);
    expect(data?.note).toBeUndefined();
  });

  it('write a large data table in part, and say so', () => {
    const blocks = sectionBlocks(buildReportDocument(withIndicators(demoInput('en'), MAX_DATA_ROWS + 5)), 'Appendices');
    const data = blocks.find((b): b is Table => b.kind === 'table' && b.caption === 'Table: Indikatorer 2024');
    expect(data?.rows).toHaveLength(MAX_DATA_ROWS);
    expect(data?.note).toBe(`The first ${MAX_DATA_ROWS} of ${MAX_DATA_ROWS + 5} rows are shown.`);
    expect(text(data?.rows[1]?.[1])).toBe('1,201');
  });

  it('name the manager in the profile when the report is not anonymised', () => {
    const input = demoInput('sv');
    const project = input.projects[0] as Project;
    const blocks = sectionBlocks(buildReportDocument({ ...input, settings: { ...input.settings, anonymise: false } }), 'Bilagor');
    const profile = blocks.find((b): b is Table => b.kind === 'table' && b.caption === `Projektprofil: ${project.name}`);
    expect(profile?.rows.map((r) => r.map(text))).toContainEqual(['Projektledare', project.manager]);
  });
});
