import 'fake-indexeddb/auto';
import type { AuditEntry } from '../../../shared/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { codeIdOf, codePhrase, evaluationInput, importText, NOW, openHarness, projectInput, REPORT_TEXT, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

describe('projects.add and list', () => {
  it('adds a project to an evaluation with a new id and the time, and touches the evaluation', async () => {
    harness = openHarness('proj-add');
    const { repos, deps } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    deps.setNow('2026-11-23T10:00:00.000Z');
    const project = await repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
    expect(project).toEqual({
      ...projectInput('Smart upphandling på Höglandet'),
      id: expect.any(String),
      evaluationId: evaluation.id,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(await repos.projects.get(project.id)).toEqual(project);
    expect((await repos.evaluations.get(evaluation.id))?.updatedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('lists by name in Swedish order: Å, Ä, Ö after Z', async () => {
    harness = openHarness('proj-sort');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    for (const name of ['Örebro växer', 'Zenit', 'Ärlig handel', 'Åmåls hamn', 'Aneby', 'besöksnäring', 'Vetlanda']) {
      await repos.projects.add(evaluation.id, projectInput(name));
    }
    expect((await repos.projects.list(evaluation.id)).map((p) => p.name)).toEqual([
      'Aneby',
      'besöksnäring',
      'Vetlanda',
      'Zenit',
      'Åmåls hamn',
      'Ärlig handel',
      'Örebro växer',
    ]);
  });

  it("lists only the evaluation's own projects", async () => {
    harness = openHarness('proj-own');
    const { repos } = harness;
    const a = await repos.evaluations.create(evaluationInput('A'));
    const b = await repos.evaluations.create(evaluationInput('B'));
    await repos.projects.add(a.id, projectInput('Projekt A'));
    await repos.projects.add(b.id, projectInput('Projekt B'));
    expect((await repos.projects.list(a.id)).map((p) => p.name)).toEqual(['Projekt A']);
  });

  it('rejects adding to an unknown evaluation and writes nothing', async () => {
    harness = openHarness('proj-unknown');
    const { db, repos } = harness;
    await repos.evaluations.create(evaluationInput());
    const before = await snapshot(db);
    await expect(repos.projects.add('no-such-evaluation', projectInput('Föräldralöst'))).rejects.toThrow(/No evaluation/);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.projects.count()).toBe(0);
  });
});

describe('projects.update', () => {
  it('changes the fields and the time, keeping id, evaluation and creation time', async () => {
    harness = openHarness('proj-update');
    const { repos, deps } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const project = await repos.projects.add(evaluation.id, projectInput('Gammalt namn'));
    deps.setNow('2026-12-24T15:00:00.000Z');
    const changed = projectInput('Nytt namn', { budgetSek: 12.5, municipalities: ['Vetlanda', 'Sävsjö'], attributes: [{ name: 'Finansiär', value: 'ERUF' }] });
    expect(await repos.projects.update(project.id, { base: project, edited: changed })).toEqual([]);
    expect(await repos.projects.get(project.id)).toEqual({ ...changed, id: project.id, evaluationId: evaluation.id, createdAt: NOW, updatedAt: '2026-12-24T15:00:00.000Z' });
  });

  it('writes only the fields the form changed: a budget another window saved meanwhile stays', async () => {
    harness = openHarness('proj-update-patch');
    const { repos } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const project = await repos.projects.add(evaluation.id, projectInput('Gammalt namn', { budgetSek: 100 }));
    // Another window saves a new budget while this form is open.
    await repos.projects.update(project.id, { base: project, edited: { ...project, budgetSek: 500 } });
    expect(await repos.projects.update(project.id, { base: project, edited: { ...project, owner: 'Region Jönköping' } })).toEqual([]);
    expect(await repos.projects.get(project.id)).toMatchObject({ name: 'Gammalt namn', owner: 'Region Jönköping', budgetSek: 500 });
  });

  it('returns the conflict and writes nothing when the same field was changed elsewhere', async () => {
    harness = openHarness('proj-update-conflict');
    const { repos, db } = harness;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const project = await repos.projects.add(evaluation.id, projectInput('Namn', { budgetSek: 100 }));
    await repos.projects.update(project.id, { base: project, edited: { ...project, budgetSek: 500 } });
    const before = await snapshot(db);
    const conflicts = await repos.projects.update(project.id, { base: project, edited: { ...project, budgetSek: 200, owner: 'Ny ägare' } });
    expect(conflicts).toEqual([{ field: 'budgetSek', mine: 200, theirs: 500 }]);
    expect(await snapshot(db)).toEqual(before);
    // Keeping mine: the form takes the stored value as its base and saves again.
    const stored = (await repos.projects.get(project.id))!;
    expect(await repos.projects.update(project.id, { base: { ...project, budgetSek: stored.budgetSek }, edited: { ...project, budgetSek: 200, owner: 'Ny ägare' } })).toEqual([]);
    expect(await repos.projects.get(project.id)).toMatchObject({ budgetSek: 200, owner: 'Ny ägare' });
  });

  it('rejects an unknown project and creates nothing', async () => {
    harness = openHarness('proj-update-unknown');
    await expect(harness.repos.projects.update('no-such-project', { base: projectInput('x'), edited: projectInput('y') })).rejects.toThrow(/No project/);
    expect(await harness.db.projects.count()).toBe(0);
  });
});

describe('projects.contents and remove', () => {
  async function twoProjects(h: Harness) {
    const { repos } = h;
    const evaluation = await repos.evaluations.create(evaluationInput());
    const p1 = await repos.projects.add(evaluation.id, projectInput('Projekt ett'));
    const p2 = await repos.projects.add(evaluation.id, projectInput('Projekt två'));
    const d1 = await importText(repos, evaluation.id, p1.id, REPORT_TEXT, { fileName: 'ett-a.txt' });
    const d2 = await importText(repos, evaluation.id, p1.id, 'Slutrapport\n\nNätverket växer.', { fileName: 'ett-b.txt' });
    const d3 = await importText(repos, evaluation.id, p2.id, 'Rapport för projekt två.\n\nNätverket växer också här.', { fileName: 'tva.txt' });
    const code = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
    await codePhrase(repos, d1, 'leverantörsträffar', code);
    await codePhrase(repos, d1, 'fler anbud', code);
    await codePhrase(repos, d2, 'Nätverket växer', code);
    await codePhrase(repos, d3, 'Nätverket växer', code);
    return { evaluation, p1, p2, d1, d2, d3 };
  }

  it('counts documents and segments of a project', async () => {
    harness = openHarness('proj-contents');
    const { p1, p2 } = await twoProjects(harness);
    expect(await harness.repos.projects.contents(p1.id)).toEqual({ documents: 2, segments: 3 });
    expect(await harness.repos.projects.contents(p2.id)).toEqual({ documents: 1, segments: 1 });
  });

  it('removes the project with its documents, texts, originals and segments, and nothing of other projects', async () => {
    harness = openHarness('proj-remove');
    const { db, repos } = harness;
    const { evaluation, p1, p2, d1, d2, d3 } = await twoProjects(harness);
    const before = await snapshot(db);

    await repos.projects.remove(p1.id);

    expect(await repos.projects.get(p1.id)).toBeUndefined();
    for (const id of [d1, d2]) {
      expect(await db.documents.get(id)).toBeUndefined();
      expect(await db.documentTextPieces.where('documentId').equals(id).count()).toBe(0);
      expect(await db.originals.get(id)).toBeUndefined();
      expect(await db.segments.where('documentId').equals(id).count()).toBe(0);
    }
    expect(await db.segments.where('projectId').equals(p1.id).count()).toBe(0);
    // The other project and the evaluation are untouched; the deletion is one new line in the log.
    const after = await snapshot(db);
    expect((after['auditLog'] as AuditEntry[]).at(-1)).toMatchObject({ evaluationId: evaluation.id, action: 'deleteProject', summary: p1.name });
    after['auditLog'] = (after['auditLog'] as AuditEntry[]).slice(0, -1);
    const p1Docs = new Set([d1, d2]);
    const survives = (row: unknown): boolean => {
      const r = row as { id?: string; projectId?: string; documentId?: string };
      return r.id !== p1.id && r.projectId !== p1.id && !p1Docs.has(r.documentId ?? '') && !p1Docs.has(r.id ?? '');
    };
    for (const [table, rows] of Object.entries(before)) expect(after[table]).toEqual(rows.filter(survives));
    expect(await repos.projects.contents(p2.id)).toEqual({ documents: 1, segments: 1 });
    expect(await repos.documents.getWithText(d3)).toBeDefined();
    expect(await repos.codes.list(evaluation.id)).toHaveLength(36);
    expect(await repos.evaluations.contents(evaluation.id)).toEqual({ projects: 1, documents: 1, segments: 1, judgements: 0, findings: 0, recommendations: 0 });
  });
});
