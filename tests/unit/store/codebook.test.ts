import { EMPTY_CODE_TEXTS } from '../../../shared/domain';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CodebookError } from '../../../renderer/store/dexie/codebookRepo';
import type { Code, Id } from '../../../shared/domain';
import { codeAt, codingSetup, dataCodingOf } from './codingSetup';
import { auditLog, codeIdOf, NOW, openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const T1 = '2026-11-22T10:00:00.000Z';

async function code(h: Harness, id: Id): Promise<Code> {
  const found = await h.db.codes.get(id);
  if (!found) throw new Error(`no code ${id}`);
  return found;
}

/** The children of a code, in their order, as [labelSv, order]. */
async function childrenOf(h: Harness, parentId: Id): Promise<[string, number][]> {
  const children = await h.db.codes.where('parentId').equals(parentId).toArray();
  return children.sort((a, b) => a.order - b.order).map((c) => [c.labelSv, c.order]);
}

describe('codebook.add', () => {
  it('adds a child last under its parent, in its framework and matrix cell, with its colour', async () => {
    harness = openHarness('codebook-add');
    const { repos, db } = harness;
    const { evaluation, results } = await codingSetup(harness);
    await repos.settings.setCoderName('Karin Lindqvist');
    const natverk = await code(harness, await codeIdOf(repos, evaluation.id, 'lokal.results.natverk'));
    // Add under a category of the matrix: its children carry orders 23..27 from the framework.
    const { code: added, step } = await repos.codebook.add({ evaluationId: evaluation.id, parentId: results, frameworkId: null, texts: { labelSv: 'Digitala mötesplatser', labelEn: 'Digital meeting places' } });
    const parent = await code(harness, results);
    expect(added).toEqual({
      id: added.id,
      evaluationId: evaluation.id,
      frameworkId: 'results-matrix',
      frameworkCodeId: null,
      parentId: results,
      ...EMPTY_CODE_TEXTS,
      labelSv: 'Digitala mötesplatser',
      labelEn: 'Digital meeting places',
      matrixCell: parent.matrixCell,
      colour: parent.colour,
      shortcut: null,
      order: 28,
      createdAt: NOW,
    });
    expect(natverk.order).toBe(25);
    expect(step).toEqual({ id: expect.any(String), evaluationId: evaluation.id, action: 'addCode', at: NOW, summary: 'Digitala mötesplatser', changes: [{ table: 'codes', id: added.id, before: null, after: added }] });
    expect(await db.codes.get(added.id)).toEqual(added);
    expect((await auditLog(db)).at(-1)).toEqual({ id: step?.id, evaluationId: evaluation.id, at: NOW, coder: 'Karin Lindqvist', action: 'addCode', of: null, codeIds: [added.id], segmentIds: [], dataCodingIds: [], summary: 'Digitala mötesplatser' });
  });

  it('adds a top-level code of the evaluator\'s own with the colour given', async () => {
    harness = openHarness('codebook-add-own');
    const { repos } = harness;
    const { evaluation } = await codingSetup(harness);
    const first = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: null, frameworkId: null, texts: { labelSv: 'Egen kod' }, colour: '#123abc' })).code;
    const second = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: null, frameworkId: null, texts: { labelSv: 'Egen kod 2' } })).code;
    expect(first).toMatchObject({ frameworkId: null, parentId: null, matrixCell: null, colour: '#123abc', order: 0, labelSv: 'Egen kod', labelEn: '' });
    expect(second).toMatchObject({ frameworkId: null, parentId: null, order: 1 });
    expect(second.colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('codebook.update', () => {
  it('edits texts and colour in place as one step', async () => {
    harness = openHarness('codebook-update');
    const { repos, db } = harness;
    const { evaluation, natverk } = await codingSetup(harness);
    const before = await code(harness, natverk);
    const step = await repos.codebook.update(natverk, { labelSv: 'Nätverk och kontakter', definitionSv: 'Nya kontakter mellan aktörer.', colour: '#AABBCC' });
    const after = { ...before, labelSv: 'Nätverk och kontakter', definitionSv: 'Nya kontakter mellan aktörer.', colour: '#AABBCC' };
    expect(step).toEqual({ id: expect.any(String), evaluationId: evaluation.id, action: 'editCode', at: NOW, summary: 'Nätverk', changes: [{ table: 'codes', id: natverk, before, after }] });
    expect(await db.codes.get(natverk)).toEqual(after);
  });

  it('ignores a bad colour, and changes nothing (no step) when that was all', async () => {
    harness = openHarness('codebook-bad-colour');
    const { repos, db } = harness;
    const { natverk } = await codingSetup(harness);
    const before = await code(harness, natverk);
    const snap = await snapshot(db);
    for (const colour of ['red', '#12345', '#1234567', '#ggg000', 'url(x)']) {
      expect(await repos.codebook.update(natverk, { colour })).toBeNull();
    }
    expect(await snapshot(db)).toEqual(snap);
    await repos.codebook.update(natverk, { colour: 'blue', labelEn: 'Networks and contacts' });
    expect(await db.codes.get(natverk)).toEqual({ ...before, labelEn: 'Networks and contacts' });
  });

  it('sets a normalised shortcut, moving it from the code that had it, in one step', async () => {
    harness = openHarness('codebook-shortcut');
    const { repos, db } = harness;
    const { natverk, goda, inspiration } = await codingSetup(harness);
    await repos.codebook.update(natverk, { shortcut: ' N ' });
    expect((await code(harness, natverk)).shortcut).toBe('n');
    await repos.codebook.update(inspiration, { shortcut: '1' });
    const natverkBefore = await code(harness, natverk);
    const godaBefore = await code(harness, goda);
    const auditBefore = await db.auditLog.count();
    const step = await repos.codebook.update(goda, { shortcut: 'n' });
    expect(step?.changes).toEqual([
      { table: 'codes', id: natverk, before: natverkBefore, after: { ...natverkBefore, shortcut: null } },
      { table: 'codes', id: goda, before: godaBefore, after: { ...godaBefore, shortcut: 'n' } },
    ]);
    expect((await code(harness, natverk)).shortcut).toBeNull();
    expect((await code(harness, goda)).shortcut).toBe('n');
    expect((await code(harness, inspiration)).shortcut).toBe('1');
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    expect((await auditLog(db)).at(-1)).toMatchObject({ action: 'editCode', codeIds: [natverk, goda], segmentIds: [], dataCodingIds: [] });
    // Anything but one letter or digit is no shortcut.
    await repos.codebook.update(goda, { shortcut: 'ab' });
    expect((await code(harness, goda)).shortcut).toBeNull();
    await repos.codebook.update(goda, { shortcut: 'Ö' });
    expect((await code(harness, goda)).shortcut).toBe('ö');
  });

  it('refuses an unknown code', async () => {
    harness = openHarness('codebook-update-missing');
    const { repos } = harness;
    await codingSetup(harness);
    await expect(repos.codebook.update('no-such-code', { labelSv: 'X' })).rejects.toThrow(CodebookError);
  });
});

describe('codebook.move', () => {
  it('reorders siblings 0..n', async () => {
    harness = openHarness('codebook-move-reorder');
    const { repos } = harness;
    const { results, inspiration } = await codingSetup(harness);
    const step = await repos.codebook.move(inspiration, results, 0);
    expect(step?.action).toBe('moveCode');
    expect(await childrenOf(harness, results)).toEqual([
      ['Inspiration', 0],
      ['Goda exempel, metoder', 1],
      ['Nätverk', 2],
      ['Erfarenhetsutbyte', 3],
      ['Utvecklingsområden (ex. offentlig upphandling, näringslivsklimat, handel som tillväxtfaktor)', 4],
    ]);
    expect(step?.changes.map((c) => c.id)).toHaveLength(5);
  });

  it('moves a code under another parent: the new siblings make room, the old close the gap', async () => {
    harness = openHarness('codebook-move-parent');
    const { repos } = harness;
    const { results, effects, natverk } = await codingSetup(harness);
    await repos.codebook.move(natverk, effects, 1);
    expect((await code(harness, natverk)).parentId).toBe(effects);
    expect(await childrenOf(harness, effects)).toEqual([
      ['Förbättring av internt arbetssätt', 0],
      ['Nätverk', 1],
      ['Grund för program och policybeslut', 2],
      ['Nya samverkansparter', 3],
      ['Ökade kunskaper/lärande om tillväxtarbete', 4],
      ['Ökad tillväxt', 5],
    ]);
    expect(await childrenOf(harness, results)).toEqual([
      ['Goda exempel, metoder', 0],
      ['Inspiration', 1],
      ['Erfarenhetsutbyte', 2],
      ['Utvecklingsområden (ex. offentlig upphandling, näringslivsklimat, handel som tillväxtfaktor)', 3],
    ]);
  });

  it('refuses a move into its own subtree or into another framework, and an unknown parent; writes nothing', async () => {
    harness = openHarness('codebook-move-refused');
    const { repos, db } = harness;
    const { evaluation, results, natverk } = await codingSetup(harness);
    const own = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: null, frameworkId: null, texts: { labelSv: 'Egen' } })).code;
    const before = await snapshot(db);
    await expect(repos.codebook.move(results, natverk, 0)).rejects.toMatchObject({ name: 'CodebookError', problem: 'intoItself' });
    await expect(repos.codebook.move(results, results, 0)).rejects.toMatchObject({ problem: 'intoItself' });
    await expect(repos.codebook.move(natverk, own.id, 0)).rejects.toMatchObject({ problem: 'otherFramework' });
    await expect(repos.codebook.move(natverk, 'no-such-code', 0)).rejects.toMatchObject({ problem: 'missing' });
    await expect(repos.codebook.move('no-such-code', results, 0)).rejects.toMatchObject({ problem: 'missing' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('codebook.merge', () => {
  it('moves the evidence (once where it had both) and the child codes to the target, and removes the code', async () => {
    harness = openHarness('codebook-merge');
    const { repos, db, deps } = harness;
    const { evaluation, documentId, text, rows, natverk, goda, inspiration } = await codingSetup(harness);
    // A child of natverk to see it move, after goda's own child.
    const child = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: natverk, frameworkId: null, texts: { labelSv: 'Nätverksträffar' } })).code;
    const godaChild = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: goda, frameworkId: null, texts: { labelSv: 'Metodbok' } })).code;
    const onlySource = await codeAt(harness, documentId, text, 'leverantörsträffar', natverk);
    await codeAt(harness, documentId, text, 'fler anbud', natverk);
    const both = await codeAt(harness, documentId, text, 'fler anbud', goda);
    await codeAt(harness, documentId, text, 'Nätverket växer', inspiration);
    const mixed = await codeAt(harness, documentId, text, 'Nätverket växer', natverk);
    const untouched = await codeAt(harness, documentId, text, 'Aneby', goda);
    const data = dataCodingOf(await repos.coding.codeData(rows[0]!, null, natverk));
    const source = await code(harness, natverk);
    deps.setNow(T1);

    const step = await repos.codebook.merge(natverk, goda);

    expect(step).toEqual({
      id: expect.any(String),
      evaluationId: evaluation.id,
      action: 'mergeCodes',
      at: T1,
      summary: 'Nätverk → Goda exempel, metoder',
      changes: expect.any(Array),
    });
    const segments = await db.segments.toArray();
    const byId = new Map(segments.map((s) => [s.id, s]));
    expect(byId.get(onlySource.id)).toEqual({ ...onlySource, codeIds: [goda], updatedAt: T1 });
    expect(byId.get(both.id)).toEqual({ ...both, codeIds: [goda], updatedAt: T1 });
    expect(byId.get(mixed.id)).toEqual({ ...mixed, codeIds: [inspiration, goda], updatedAt: T1 });
    expect(byId.get(untouched.id)).toEqual(untouched);
    expect(await db.dataCodings.get(data.id)).toEqual({ ...data, codeIds: [goda], updatedAt: T1 });
    expect(await db.codes.get(natverk)).toBeUndefined();
    expect(await db.codes.get(child.id)).toEqual({ ...child, parentId: goda, order: 1 });
    expect(await db.codes.get(godaChild.id)).toEqual(godaChild);
    expect(godaChild.order).toBe(0);
    expect(step?.changes).toContainEqual({ table: 'codes', id: natverk, before: source, after: null });
    expect(step?.changes).toHaveLength(6);
    expect((await auditLog(db)).at(-1)).toMatchObject({
      action: 'mergeCodes',
      codeIds: expect.arrayContaining([child.id, natverk, goda]),
      segmentIds: expect.arrayContaining([onlySource.id, both.id, mixed.id]),
      dataCodingIds: [data.id],
    });
    expect((await auditLog(db)).at(-1)?.segmentIds).toHaveLength(3);
    expect((await auditLog(db)).at(-1)?.codeIds).toHaveLength(3);
  });

  it('refuses a merge into itself, into its own descendant, or with an unknown code; writes nothing', async () => {
    harness = openHarness('codebook-merge-refused');
    const { repos, db } = harness;
    const { results, natverk } = await codingSetup(harness);
    const before = await snapshot(db);
    await expect(repos.codebook.merge(natverk, natverk)).rejects.toMatchObject({ name: 'CodebookError', problem: 'same' });
    await expect(repos.codebook.merge(results, natverk)).rejects.toMatchObject({ problem: 'intoOwnChild' });
    await expect(repos.codebook.merge(natverk, 'no-such-code')).rejects.toMatchObject({ problem: 'missing' });
    await expect(repos.codebook.merge('no-such-code', natverk)).rejects.toMatchObject({ problem: 'missing' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('codebook.deleteImpact and codebook.remove', () => {
  it('deletes the code with its subtree; evidence keeps its other codes, and evidence left with none is kept as uncoded', async () => {
    harness = openHarness('codebook-remove');
    const { repos, db, deps } = harness;
    const { evaluation, documentId, text, rows, results, natverk, goda, tillvaxt } = await codingSetup(harness);
    const grandchild = (await repos.codebook.add({ evaluationId: evaluation.id, parentId: natverk, frameworkId: null, texts: { labelSv: 'Nätverksträffar' } })).code;
    const onlyDeleted = await codeAt(harness, documentId, text, 'leverantörsträffar', grandchild.id);
    await codeAt(harness, documentId, text, 'fler anbud', goda);
    const keepsOther = await codeAt(harness, documentId, text, 'fler anbud', tillvaxt);
    const notAffected = await codeAt(harness, documentId, text, 'Nätverket växer', tillvaxt);
    const data = dataCodingOf(await repos.coding.codeData(rows[0]!, 1, natverk));
    const subtree = await db.codes.where('parentId').equals(results).primaryKeys();
    expect(subtree).toHaveLength(5);

    expect(await repos.codebook.deleteImpact(results)).toEqual({ codeCount: 7, evidenceCount: 3, uncodedCount: 2, judgementCount: 0, findingCount: 0 });
    deps.setNow(T1);
    const step = await repos.codebook.remove(results);

    expect(step).toMatchObject({ action: 'deleteCode', summary: 'Erfarenheter/Resultat' });
    for (const id of [results, grandchild.id, ...subtree]) expect(await db.codes.get(id)).toBeUndefined();
    expect(await db.codes.where('evaluationId').equals(evaluation.id).count()).toBe(36 + 1 - 7);
    expect(await db.segments.get(onlyDeleted.id)).toEqual({ ...onlyDeleted, codeIds: [], updatedAt: T1 });
    expect(await db.segments.get(keepsOther.id)).toEqual({ ...keepsOther, codeIds: [tillvaxt], updatedAt: T1 });
    expect(await db.segments.get(notAffected.id)).toEqual(notAffected);
    expect(await db.dataCodings.get(data.id)).toEqual({ ...data, codeIds: [], updatedAt: T1 });
    expect(await repos.coding.uncoded(evaluation.id)).toEqual({ segments: [{ ...onlyDeleted, codeIds: [], updatedAt: T1 }], dataCodings: [{ ...data, codeIds: [], updatedAt: T1 }] });
    const entry = (await auditLog(db)).at(-1);
    expect(entry).toMatchObject({ action: 'deleteCode', dataCodingIds: [data.id] });
    expect(new Set(entry?.codeIds)).toEqual(new Set([results, grandchild.id, ...subtree]));
    expect(new Set(entry?.segmentIds)).toEqual(new Set([onlyDeleted.id, keepsOther.id]));
  });

  it('refuses an unknown code', async () => {
    harness = openHarness('codebook-remove-missing');
    const { repos, db } = harness;
    await codingSetup(harness);
    const before = await snapshot(db);
    await expect(repos.codebook.remove('no-such-code')).rejects.toMatchObject({ problem: 'missing' });
    await expect(repos.codebook.deleteImpact('no-such-code')).rejects.toMatchObject({ problem: 'missing' });
    expect(await snapshot(db)).toEqual(before);
  });
});
