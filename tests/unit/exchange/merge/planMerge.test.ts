import { describe, expect, it } from 'vitest';
import { addedCounts, applyMerge, planMerge, type MergePlan } from '../../../../shared/exchange/merge';
import type { EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import { asCopy, colleaguePassage, edited, mineSnapshot, writeCount, written } from './mergeSnapshots';

function planOf(mine: EvaluationSnapshot, theirs: EvaluationSnapshot): MergePlan {
  const result = planMerge(mine, theirs);
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.plan;
}

const NOTHING = { projects: 0, documents: 0, codes: 0, segments: 0, judgements: 0, findings: 0, recommendations: 0 };

describe('planMerge', () => {
  it('finds nothing to add or change in the same evaluation', () => {
    const mine = mineSnapshot();
    const plan = planOf(mine, mineSnapshot());
    expect(addedCounts(plan)).toEqual(NOTHING);
    expect(plan.conflicts).toEqual([]);
    expect(plan.documentsMatched).toHaveLength(7);
    expect(writeCount(applyMerge(plan, {}))).toBe(0);
  });

  it("adds a colleague's passage with their coder, pointed at my document", () => {
    const mine = mineSnapshot();
    const theirs = edited(mineSnapshot(), 'segments', (s) => [...s, colleaguePassage(mine, 'their-1')]);
    const plan = planOf(mine, theirs);
    expect(addedCounts(plan)).toEqual({ ...NOTHING, segments: 1 });
    const [added] = plan.added.segments;
    expect(added).toMatchObject({ id: 'their-1', coder: 'Kollega B', documentId: mine.tables.segments?.[0]?.documentId, evaluationId: 'demo-1' });
  });

  it('does not add a passage identical in document, range, codes and coder to one I have, whatever its id', () => {
    const mine = mineSnapshot();
    const [first] = mine.tables.segments ?? [];
    const theirs = edited(mineSnapshot(), 'segments', (s) => [...s.slice(1), { ...first, id: 'other-id' }]);
    const plan = planOf(mine, theirs);
    expect(plan.added.segments).toEqual([]);
    // The same passage by another coder is theirs to add.
    const byOther = edited(mineSnapshot(), 'segments', (s) => [...s, { ...first, id: 'other-id', coder: 'Kollega B' }]);
    expect(planOf(mine, byOther).added.segments.map((s) => s.id)).toEqual(['other-id']);
  });

  it('merges a copy with new ids through SHA-256 and names: documents, codes, judgements and findings matched, nothing doubled', () => {
    const mine = mineSnapshot();
    const copy = asCopy(mineSnapshot());
    const theirs = edited(copy, 'segments', (s) => [...s, colleaguePassage(copy, 'their-1')]);
    const plan = planOf(mine, theirs);
    expect(plan.documentsMatched).toHaveLength(7);
    expect(plan.codesByName).toHaveLength(98);
    expect(addedCounts(plan)).toEqual({ ...NOTHING, segments: 1 });
    const [added] = plan.added.segments;
    const myDocuments = new Set((mine.tables.documents ?? []).map((d) => d.id));
    const myCodes = new Set((mine.tables.codes ?? []).map((c) => c.id));
    expect(myDocuments.has(String(added?.documentId))).toBe(true);
    expect((added?.codeIds as string[]).every((id) => myCodes.has(id))).toBe(true);
    expect(plan.conflicts).toEqual([]);
  });

  it('matches a code by name and place: the same label under another parent is another code', () => {
    const mine = mineSnapshot();
    const child = (mine.tables.codes ?? []).find((c) => c.parentId !== null);
    const parent = (mine.tables.codes ?? []).find((c) => c.id === child?.parentId);
    const codes = mine.tables.codes ?? [];
    const otherRoot = codes.find((c) => c.parentId === null && c.id !== parent?.id && !codes.some((x) => x.parentId === c.id && x.labelSv === child?.labelSv));
    const theirs = edited(mineSnapshot(), 'codes', (codes) => [
      ...codes,
      { ...child, id: 'same-place', labelSv: `  ${String(child?.labelSv).toUpperCase()} ` },
      { ...child, id: 'new-under-parent', labelSv: 'Ny kod hos kollegan' },
      { ...child, id: 'other-place', parentId: otherRoot?.id },
    ]);
    const plan = planOf(mine, theirs);
    expect(plan.added.codes.map((c) => c.id).sort()).toEqual(['new-under-parent', 'other-place']);
    expect(plan.codesByName).toHaveLength(1);
    // A passage coded with the code matched by name gets my code.
    const passage = { ...colleaguePassage(mine, 'p-1'), codeIds: ['same-place', 'new-under-parent'] };
    const withPassage = planOf(mine, edited(theirs, 'segments', (s) => [...s, passage]));
    expect(withPassage.added.segments[0]?.codeIds).toEqual([child?.id, 'new-under-parent']);
  });

  it('adds a document only they have with its text and original, and their passage on it', () => {
    const mine = mineSnapshot();
    const [document] = mine.tables.documents ?? [];
    const [text] = mine.tables.documentTexts ?? [];
    const [original] = mine.tables.originals ?? [];
    let theirs = edited(mineSnapshot(), 'documents', (d) => [...d, { ...document, id: 'new-doc', versionGroupId: 'new-doc', sha256: 'f'.repeat(64), title: 'Kollegans rapport' }]);
    theirs = edited(theirs, 'documentTexts', (t) => [...t, { ...text, documentId: 'new-doc' }]);
    theirs = edited(theirs, 'originals', (o) => [...o, { ...original, documentId: 'new-doc' }]);
    theirs = edited(theirs, 'segments', (s) => [...s, { ...colleaguePassage(mine, 'p-new'), documentId: 'new-doc' }]);
    const plan = planOf(mine, theirs);
    expect(plan.added.documents.map((d) => d.id)).toEqual(['new-doc']);
    expect(plan.added.documentTexts.map((t) => t.documentId)).toEqual(['new-doc']);
    expect(plan.added.originals[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(plan.added.segments.map((s) => [s.id, s.documentId])).toEqual([['p-new', 'new-doc']]);
  });

  it('lists a record changed on both sides as conflicts field by field, and applies the choices', () => {
    const mine = mineSnapshot();
    const [segment] = mine.tables.segments ?? [];
    const [judgement] = mine.tables.judgements ?? [];
    let theirs = edited(mineSnapshot(), 'segments', (s) => s.map((x) => (x.id === segment?.id ? { ...x, memo: 'Kollegans memo', strength: 'weak' } : x)));
    theirs = edited(theirs, 'judgements', (j) => j.map((x) => (x.id === judgement?.id ? { ...x, rating: '4', updatedAt: '2027-01-01T00:00:00.000Z' } : x)));
    const plan = planOf(mine, theirs);
    expect(plan.conflicts.map((c) => [c.table, c.field, c.mine, c.theirs])).toEqual([
      ['segments', 'memo', segment?.memo, 'Kollegans memo'],
      ['segments', 'strength', segment?.strength, 'weak'],
      ['judgements', 'rating', judgement?.rating, '4'],
    ]);
    expect(plan.conflicts[2]?.label).not.toBe('');
    // No choice keeps mine: nothing is written.
    expect(writeCount(applyMerge(plan, {}))).toBe(0);
    const memoKey = `segments:${segment?.id}:memo`;
    const ratingKey = `judgements:${judgement?.id}:rating`;
    const writes = applyMerge(plan, { [memoKey]: 'theirs', [ratingKey]: 'theirs' });
    expect(writes.changed.map((c) => [c.table, c.after.memo ?? c.after.rating])).toEqual([
      ['segments', 'Kollegans memo'],
      ['judgements', '4'],
    ]);
    expect(writes.changed[0]?.after.strength).toBe(segment?.strength);
    expect(writes.changed[1]?.after.updatedAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('takes the same codes in another order for no conflict', () => {
    const mine = mineSnapshot();
    const codes = (mine.tables.codes ?? []).slice(0, 2).map((c) => c.id);
    const mineWithCodes = edited(mine, 'segments', (s) => s.map((x, i) => (i === 0 ? { ...x, codeIds: codes } : x)));
    const theirs = edited(mineWithCodes, 'segments', (s) => s.map((x, i) => (i === 0 ? { ...x, codeIds: [...codes].reverse() } : x)));
    expect(planOf(mineWithCodes, theirs).conflicts).toEqual([]);
    const other = edited(mineWithCodes, 'segments', (s) => s.map((x, i) => (i === 0 ? { ...x, codeIds: codes.slice(0, 1) } : x)));
    expect(planOf(mineWithCodes, other).conflicts.map((c) => [c.field, c.mine, c.theirs])).toEqual([['codeIds', codes, codes.slice(0, 1)]]);
  });

  it('joins a judgement\'s evidence links without asking', () => {
    const mine = mineSnapshot();
    const [judgement] = mine.tables.judgements ?? [];
    const theirs = edited(edited(mineSnapshot(), 'segments', (s) => [...s, colleaguePassage(mine, 'p-1')]), 'judgements', (j) =>
      j.map((x) => (x.id === judgement?.id ? { ...x, segmentIds: [...(x.segmentIds as string[]), 'p-1', 'gone'] } : x)),
    );
    const plan = planOf(mine, theirs);
    expect(plan.conflicts).toEqual([]);
    const writes = applyMerge(plan, {});
    expect(writes.changed.map((c) => c.after.segmentIds)).toEqual([[...(judgement?.segmentIds as string[]), 'p-1']]);
  });

  it('changes nothing when the same file is merged twice', () => {
    const mine = mineSnapshot();
    const copy = asCopy(mineSnapshot());
    const [segment] = copy.tables.segments ?? [];
    let theirs = edited(copy, 'segments', (s) => [...s.map((x) => (x.id === segment?.id ? { ...x, memo: 'Annat memo' } : x)), colleaguePassage(copy, 'their-1')]);
    const [document] = copy.tables.documents ?? [];
    theirs = edited(theirs, 'documents', (d) => [...d, { ...document, id: 'new-doc', sha256: 'e'.repeat(64) }]);
    for (const choice of ['mine', 'theirs'] as const) {
      const first = planOf(mine, theirs);
      expect(first.conflicts).toHaveLength(1);
      const choices = Object.fromEntries(first.conflicts.map((c) => [c.key, choice]));
      const once = written(mine, applyMerge(first, choices));
      expect(writeCount(applyMerge(first, choices))).toBeGreaterThan(0);
      const again = planOf(once, theirs);
      expect(addedCounts(again)).toEqual(NOTHING);
      expect(writeCount(applyMerge(again, choices))).toBe(0);
      expect(written(once, applyMerge(again, choices))).toEqual(once);
    }
  });

  it('refuses a file of another evaluation: another id and no document in common', () => {
    const mine = mineSnapshot();
    const other = edited(asCopy(mineSnapshot()), 'documents', (d) => d.map((x, i) => ({ ...x, sha256: String(i).repeat(64) })));
    const result = planMerge(mine, other);
    expect(result).toEqual({ ok: false, refusal: { code: 'otherEvaluation', mine: expect.any(String), theirs: expect.any(String) } });
    // The same evaluation without documents in common is still the same evaluation.
    const same = edited(mineSnapshot(), 'documents', (d) => d.map((x, i) => ({ ...x, sha256: String(i).repeat(64) })));
    expect(planMerge(mine, same).ok).toBe(true);
  });
});
