/** An evaluation ready for coding: a project, a report, a dataset with two rows, and a few codes by name. */
import type { ChangeSet } from '../../../shared/coding/changeSet';
import type { DataCoding, Id, Segment } from '../../../shared/domain';
import { codeIdOf, evaluationInput, importText, projectInput, REPORT_TEXT, type Harness } from './harness';

export async function codingSetup(h: Harness, title?: string) {
  const { repos } = h;
  const evaluation = await repos.evaluations.create(evaluationInput(title));
  const project = await repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet', { code: 'MB-1' }));
  const documentId = await importText(repos, evaluation.id, project.id, REPORT_TEXT, { fileName: `${title ?? 'rapport'}.txt`, allowDuplicate: true });
  const text = (await repos.documents.getWithText(documentId))?.text as string;
  const dataset = await repos.datasets.create(evaluation.id, {
    name: 'Indikatorer',
    fileName: 'indikatorer.csv',
    format: 'csv',
    sha256: 'd'.repeat(64),
    columns: [
      { name: 'Projekt', originalName: 'Projekt', type: 'text' },
      { name: 'År', originalName: 'År', type: 'integer' },
      { name: 'Nya företag', originalName: 'Nya företag', type: 'integer' },
    ],
    keyColumn: 0,
    rows: [
      { values: ['MB-1', 2023, 12], line: 2 },
      { values: ['MB-1', 2024, 15], line: 3 },
    ],
  });
  const rows = await repos.datasets.rows(dataset.id);
  return {
    evaluation,
    project,
    documentId,
    text,
    dataset,
    rows,
    natverk: await codeIdOf(repos, evaluation.id, 'lokal.results.natverk'),
    goda: await codeIdOf(repos, evaluation.id, 'lokal.results.goda-exempel'),
    inspiration: await codeIdOf(repos, evaluation.id, 'lokal.results.inspiration'),
    results: await codeIdOf(repos, evaluation.id, 'lokal.results'),
    effects: await codeIdOf(repos, evaluation.id, 'lokal.effects'),
    tillvaxt: await codeIdOf(repos, evaluation.id, 'lokal.effects.okad-tillvaxt'),
  };
}

/** The offsets of the first occurrence of a phrase (fails the test when it is missing). */
export function rangeOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`no ${phrase} in the text`);
  return { start, end: start + phrase.length };
}

/** The segment a step created or changed (its state after the step). */
export function segmentOf(step: ChangeSet | null, index = 0): Segment {
  const change = step?.changes.filter((c) => c.table === 'segments')[index];
  if (!change?.after || change.table !== 'segments') throw new Error('the step changed no segment');
  return change.after;
}

/** The table coding a step created or changed (its state after the step). */
export function dataCodingOf(step: ChangeSet | null): DataCoding {
  const change = step?.changes.find((c) => c.table === 'dataCodings');
  if (!change?.after || change.table !== 'dataCodings') throw new Error('the step changed no table coding');
  return change.after;
}

/** Codes a phrase and returns the segment. */
export async function codeAt(h: Harness, documentId: Id, text: string, phrase: string, codeId: Id): Promise<Segment> {
  const { start, end } = rangeOf(text, phrase);
  return segmentOf(await h.repos.coding.code(documentId, start, end, codeId));
}
