import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../renderer/store/dexie/repositories';
import {
  codeIdOf,
  codePhrase,
  evaluationInput,
  importText,
  matrix,
  NOW,
  openHarness,
  projectInput,
  REPORT_TEXT,
  rowsOf,
  snapshot,
  type Harness,
} from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

/** An evaluation with two projects, a document each, and coded segments. */
async function filledEvaluation(h: Harness, title: string) {
  const { repos } = h;
  const evaluation = await repos.evaluations.create(evaluationInput(title));
  const p1 = await repos.projects.add(evaluation.id, projectInput(`${title} projekt 1`));
  const p2 = await repos.projects.add(evaluation.id, projectInput(`${title} projekt 2`));
  const d1 = await importText(repos, evaluation.id, p1.id, `${REPORT_TEXT}\n${title}`);
  const d2 = await importText(repos, evaluation.id, p2.id, `Slutrapport\n\nNätverket växer i ${title}.`);
  const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
  await codePhrase(repos, d1, 'leverantörsträffar', code);
  await codePhrase(repos, d2, 'Nätverket växer', code);
  return evaluation;
}

describe('evaluations.create', () => {
  it('stores the evaluation with a new id and the fixed time', async () => {
    harness = openHarness('eval-create');
    const evaluation = await harness.repos.evaluations.create(evaluationInput());
    expect(evaluation).toEqual({ ...evaluationInput(), id: 'id-1', createdAt: NOW, updatedAt: NOW, lastOpenedAt: null });
    expect(await harness.repos.evaluations.get('id-1')).toEqual(evaluation);
  });

  it('copies the 36 framework codes into the evaluation', async () => {
    harness = openHarness('eval-codes');
    const evaluation = await harness.repos.evaluations.create(evaluationInput());
    const codes = await harness.repos.codes.list(evaluation.id);
    expect(codes).toHaveLength(36);
    expect(codes.map((c) => c.frameworkCodeId)).toEqual(matrix.codes.map((c) => c.id));
    expect(codes.every((c) => c.evaluationId === evaluation.id && c.frameworkId === 'results-matrix' && c.createdAt === NOW)).toBe(true);
    const byId = new Map(codes.map((c) => [c.id, c]));
    for (const [index, code] of codes.entries()) {
      const parent = matrix.codes[index]?.parentId ?? null;
      expect(code.parentId === null ? null : byId.get(code.parentId)?.frameworkCodeId).toBe(parent);
    }
    expect(await harness.db.codes.count()).toBe(36);
  });

  it('gives each evaluation its own codes', async () => {
    harness = openHarness('eval-own-codes');
    const a = await harness.repos.evaluations.create(evaluationInput('A'));
    const b = await harness.repos.evaluations.create(evaluationInput('B'));
    const aIds = new Set((await harness.repos.codes.list(a.id)).map((c) => c.id));
    const bCodes = await harness.repos.codes.list(b.id);
    expect(bCodes).toHaveLength(36);
    expect(bCodes.some((c) => aIds.has(c.id))).toBe(false);
    expect(await harness.db.codes.count()).toBe(72);
  });

  it('writes the evaluation and its codes in one transaction: a failing code write leaves no evaluation', async () => {
    harness = openHarness('eval-atomic');
    let n = 0;
    // The evaluation gets a fresh id, every code the same one: bulkAdd of the codes fails.
    const deps = { ...harness.deps, newId: () => (n++ === 0 ? 'evaluation' : 'same-code-id') };
    const repos = createRepositories(harness.db, deps, () => [matrix]);
    await expect(repos.evaluations.create(evaluationInput())).rejects.toThrow();
    expect(await harness.db.evaluations.count()).toBe(0);
    expect(await harness.db.codes.count()).toBe(0);
  });
});

describe('evaluations.list', () => {
  it('orders by last opened, or created when never opened, newest first', async () => {
    harness = openHarness('eval-list');
    const { repos, deps } = harness;
    deps.setNow('2026-01-01T00:00:00.000Z');
    const a = await repos.evaluations.create(evaluationInput('A'));
    deps.setNow('2026-02-01T00:00:00.000Z');
    const b = await repos.evaluations.create(evaluationInput('B'));
    deps.setNow('2026-03-01T00:00:00.000Z');
    const c = await repos.evaluations.create(evaluationInput('C'));
    expect((await repos.evaluations.list()).map((e) => e.title)).toEqual(['C', 'B', 'A']);
    deps.setNow('2026-04-01T00:00:00.000Z');
    await repos.evaluations.markOpened(a.id);
    expect((await repos.evaluations.list()).map((e) => e.title)).toEqual(['A', 'C', 'B']);
    deps.setNow('2026-02-15T00:00:00.000Z');
    await repos.evaluations.markOpened(b.id);
    expect((await repos.evaluations.list()).map((e) => e.id)).toEqual([a.id, c.id, b.id]);
    expect((await repos.evaluations.get(b.id))?.lastOpenedAt).toBe('2026-02-15T00:00:00.000Z');
  });

  it('is empty for a new database', async () => {
    harness = openHarness('eval-empty');
    expect(await harness.repos.evaluations.list()).toEqual([]);
  });
});

describe('evaluations.rename and update', () => {
  it('renames with the title trimmed and the time updated', async () => {
    harness = openHarness('eval-rename');
    const { repos, deps } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput('Gammal titel'));
    deps.setNow('2026-12-01T00:00:00.000Z');
    await repos.evaluations.rename(evaluation.id, '  Ny titel  ');
    expect(await repos.evaluations.get(evaluation.id)).toMatchObject({ title: 'Ny titel', updatedAt: '2026-12-01T00:00:00.000Z', createdAt: NOW });
  });

  it('rejects a blank title and keeps the old one', async () => {
    harness = openHarness('eval-rename-blank');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput('Titel'));
    await expect(repos.evaluations.rename(evaluation.id, '')).rejects.toThrow(/title/);
    await expect(repos.evaluations.rename(evaluation.id, ' \t\n')).rejects.toThrow(/title/);
    expect((await repos.evaluations.get(evaluation.id))?.title).toBe('Titel');
  });

  it('rejects renaming an evaluation that does not exist', async () => {
    harness = openHarness('eval-rename-unknown');
    await expect(harness.repos.evaluations.rename('no-such-id', 'Titel')).rejects.toThrow(/No evaluation/);
  });

  it('updates the fields and rejects an unknown evaluation', async () => {
    harness = openHarness('eval-update');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    await repos.evaluations.update(evaluation.id, { base: evaluation, edited: { ...evaluationInput('Slututvärdering'), kind: 'final', reportLanguage: 'en' } });
    expect(await repos.evaluations.get(evaluation.id)).toMatchObject({ title: 'Slututvärdering', kind: 'final', reportLanguage: 'en', id: evaluation.id });
    await expect(repos.evaluations.update('no-such-id', { base: evaluationInput(), edited: evaluationInput() })).rejects.toThrow(/No evaluation/);
    expect(await harness.db.evaluations.count()).toBe(1);
  });

  it('writes only the changed fields, and returns a conflict instead of overwriting', async () => {
    harness = openHarness('eval-update-patch');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    await repos.evaluations.update(evaluation.id, { base: evaluation, edited: { ...evaluation, agency: 'Region Jönköping' } });
    expect(await repos.evaluations.update(evaluation.id, { base: evaluation, edited: { ...evaluation, kind: 'final' } })).toEqual([]);
    expect(await repos.evaluations.get(evaluation.id)).toMatchObject({ agency: 'Region Jönköping', kind: 'final' });
    expect(await repos.evaluations.update(evaluation.id, { base: evaluation, edited: { ...evaluation, agency: 'Länsstyrelsen' } })).toEqual([{ field: 'agency', mine: 'Länsstyrelsen', theirs: 'Region Jönköping' }]);
    expect((await repos.evaluations.get(evaluation.id))?.agency).toBe('Region Jönköping');
  });
});

describe('evaluations.contents', () => {
  it('counts the projects, documents, segments, judgements, findings and recommendations of one evaluation only', async () => {
    harness = openHarness('eval-contents');
    const a = await filledEvaluation(harness, 'A');
    const b = await harness.repos.evaluations.create(evaluationInput('B'));
    const { repos } = harness;
    const code = await codeIdOf(repos, a.id, 'lokal.results.natverk');
    await repos.judgements.judge(a.id, { kind: 'programme' }, code, { rating: 'achieved' });
    await repos.findings.add(a.id, { title: 'Nätverken bär', text: '', section: 'resultsLokal' });
    const finding = (await repos.findings.list(a.id))[0];
    await repos.findings.addRecommendation(a.id, { title: 'Fortsätt', text: '', findingIds: [finding?.id ?? ''] });
    expect(await harness.repos.evaluations.contents(a.id)).toEqual({ projects: 2, documents: 2, segments: 2, judgements: 1, findings: 1, recommendations: 1 });
    expect(await harness.repos.evaluations.contents(b.id)).toEqual({ projects: 0, documents: 0, segments: 0, judgements: 0, findings: 0, recommendations: 0 });
  });
});

describe('evaluations.remove', () => {
  it('deletes everything of the evaluation in every table and nothing of another', async () => {
    harness = openHarness('eval-remove');
    const { db, repos } = harness;
    const a = await filledEvaluation(harness, 'A');
    const b = await filledEvaluation(harness, 'B');
    await repos.settings.setLanguage('en');
    expect(await rowsOf(db, a.id)).toEqual({ evaluations: 1, projects: 2, documents: 2, documentTextPieces: 2, originals: 2, codes: 36, segments: 2 });
    const before = await snapshot(db);

    await repos.evaluations.remove(a.id);

    expect(await rowsOf(db, a.id)).toEqual({ evaluations: 0, projects: 0, documents: 0, documentTextPieces: 0, originals: 0, codes: 0, segments: 0 });
    expect(await rowsOf(db, b.id)).toEqual({ evaluations: 1, projects: 2, documents: 2, documentTextPieces: 2, originals: 2, codes: 36, segments: 2 });
    // The audit log quotes the evaluation's documents: it goes with the evaluation, and B's stays.
    expect(await repos.audit.list(a.id)).toEqual([]);
    expect((await repos.audit.list(b.id)).map((entry) => entry.action)).toEqual(['code', 'code', 'importDocument', 'importDocument']);
    // B's rows are exactly as before, down to the bytes of the originals; settings stay.
    const after = await snapshot(db);
    for (const [table, rows] of Object.entries(before)) {
      const kept = rows.filter((row) => (row as { evaluationId?: string; id?: string }).evaluationId !== a.id && (row as { id?: string }).id !== a.id);
      expect(after[table]).toEqual(kept);
    }
    expect(await repos.settings.language()).toBe('en');
  });

  it('removes an evaluation that has nothing in it', async () => {
    harness = openHarness('eval-remove-empty');
    const evaluation = await harness.repos.evaluations.create(evaluationInput());
    await harness.repos.evaluations.remove(evaluation.id);
    expect(await harness.repos.evaluations.list()).toEqual([]);
    expect(await harness.db.codes.count()).toBe(0);
  });
});
