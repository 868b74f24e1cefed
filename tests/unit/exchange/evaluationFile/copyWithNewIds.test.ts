import { describe, expect, it } from 'vitest';
import { copyWithNewIds, readEvaluationFile, writeEvaluationFile, type EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import { scaleId } from '../../../../shared/domain';
import { demoEvaluationSnapshot, nodeSha256, SAVED_AT, versionSnapshot } from '../../../support/evaluationFileFixtures';
import { counter } from '../../demo/demoFiles';

/** Every string anywhere in a value (Uint8Arrays skipped), as the JSON of the file would show it. */
function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The ids of the snapshot's records and every id they refer to. */
function idsOf(snapshot: EvaluationSnapshot): Set<string> {
  const ids = new Set<string>();
  for (const records of Object.values(snapshot.tables)) {
    for (const record of records) {
      for (const [field, value] of Object.entries(record)) {
        if ((field === 'id' || field.endsWith('Id') || ['versionGroupId', 'supersededBy', 'duplicateOf'].includes(field)) && typeof value === 'string' && field !== 'frameworkId' && field !== 'frameworkCodeId') ids.add(value);
        if (field.endsWith('Ids') && Array.isArray(value)) for (const id of value) ids.add(String(id));
      }
    }
  }
  return ids;
}

/** A snapshot with every kind of reference filled: demo plus a dataset, versions, a twin and an audit line. */
function richSnapshot(): EvaluationSnapshot {
  const demo = demoEvaluationSnapshot();
  const t = demo.tables;
  const evaluationId = String(t.evaluations?.[0]?.id);
  const [first, second] = t.documents ?? [];
  const segment = t.segments?.[0];
  const code = t.codes?.find((c) => c.parentId !== null);
  const project = t.projects?.[0];
  return {
    ...demo,
    tables: {
      ...t,
      documents: (t.documents ?? []).map((d) => (d === second ? { ...d, duplicateOf: first?.id, versionGroupId: first?.id, supersededBy: first?.id } : d)),
      datasets: [{ id: 'ds-1', evaluationId, name: 'Indikatorer', fileName: 'ind.csv', format: 'csv', sha256: 'a'.repeat(64), columns: [], keyColumn: 0, rowCount: 1, version: 1, importedAt: SAVED_AT, updatedAt: SAVED_AT }],
      datasetRows: [{ id: 'row-1', datasetId: 'ds-1', evaluationId, index: 0, line: 2, values: [], key: 'P1', projectId: project?.id }],
      keyMatches: [{ evaluationId, key: 'P1', projectId: project?.id }],
      dataCodings: [{ id: 'dc-1', evaluationId, datasetId: 'ds-1', rowId: 'row-1', column: null, projectId: project?.id, codeIds: [code?.id], memo: '', strength: null, direction: null, coder: 'K', createdAt: SAVED_AT, updatedAt: SAVED_AT }],
      auditLog: [{ id: 'audit-1', evaluationId, at: SAVED_AT, coder: 'K', action: 'code', of: null, codeIds: [code?.id, 'deleted-code'], segmentIds: [segment?.id], dataCodingIds: ['dc-1'], summary: 'Kodade ett stycke' }],
    },
  };
}

describe('copyWithNewIds', () => {
  it('leaves no old id anywhere, references to deleted records included', () => {
    const original = richSnapshot();
    const copy = copyWithNewIds(original, counter('new-'));
    const old = idsOf(original);
    expect(old.size).toBeGreaterThan(50);
    expect(old).toContain('deleted-code');
    const left = [...strings(copy.tables)].filter((s) => old.has(s));
    expect(left).toEqual([]);
  });

  it('keeps the structure: the same records, each reference pointing at the copy of what it pointed at', () => {
    const original = richSnapshot();
    const copy = copyWithNewIds(original, counter('new-'));
    for (const [table, records] of Object.entries(original.tables)) expect(copy.tables[table]?.length).toBe(records.length);
    const newIdOf = new Map<unknown, unknown>();
    for (const table of Object.keys(original.tables)) {
      (original.tables[table] ?? []).forEach((record, i) => newIdOf.set(record.id ?? `${table}:${String(record.documentId)}`, copy.tables[table]?.[i]?.id ?? `${table}:${String(copy.tables[table]?.[i]?.documentId)}`));
    }
    const map = (id: unknown) => newIdOf.get(id);
    const evaluationId = copy.tables.evaluations?.[0]?.id;
    for (const records of Object.values(copy.tables)) for (const record of records) if ('evaluationId' in record) expect(record.evaluationId).toBe(evaluationId);
    original.tables.segments?.forEach((segment, i) => {
      const copied = copy.tables.segments?.[i];
      expect(copied?.documentId).toBe(map(segment.documentId));
      expect(copied?.projectId).toBe(map(segment.projectId));
      expect(copied?.codeIds).toEqual((segment.codeIds as string[]).map(map));
      expect(copied?.quote).toEqual(segment.quote);
    });
    original.tables.judgements?.forEach((judgement, i) => {
      const copied = copy.tables.judgements?.[i];
      expect(copied?.criterionCodeId).toBe(map(judgement.criterionCodeId));
      expect(copied?.segmentIds).toEqual((judgement.segmentIds as string[]).map(map));
      const subject = judgement.subject as { kind: string; projectId?: string };
      expect(copied?.subject).toEqual(subject.kind === 'project' ? { kind: 'project', projectId: map(subject.projectId) } : subject);
    });
    original.tables.codes?.forEach((code, i) => expect(copy.tables.codes?.[i]?.parentId).toBe(code.parentId === null ? null : map(code.parentId)));
    original.tables.findings?.forEach((finding, i) => expect(copy.tables.findings?.[i]?.judgementIds).toEqual((finding.judgementIds as string[]).map(map)));
    original.tables.recommendations?.forEach((r, i) => expect(copy.tables.recommendations?.[i]?.findingIds).toEqual((r.findingIds as string[]).map(map)));
    const [, second] = copy.tables.documents ?? [];
    const first = original.tables.documents?.[0];
    expect(second).toMatchObject({ duplicateOf: map(first?.id), versionGroupId: map(first?.id), supersededBy: map(first?.id) });
    expect(copy.tables.originals?.map((o) => o.documentId)).toEqual(original.tables.originals?.map((o) => map(o.documentId)));
    expect(copy.tables.originals?.map((o) => o.bytes)).toEqual(original.tables.originals?.map((o) => o.bytes));
    expect(copy.tables.keyMatches?.[0]).toMatchObject({ key: 'P1', projectId: map(original.tables.projects?.[0]?.id) });
    expect(copy.tables.dataCodings?.[0]).toMatchObject({ datasetId: map('ds-1'), rowId: map('row-1') });
    for (const scale of copy.tables.ratingScales ?? []) expect(scale.id).toBe(scaleId(String(evaluationId), String(scale.frameworkId)));
    expect(copy.tables.reportSettings).toEqual(original.tables.reportSettings?.map((s) => ({ ...s, evaluationId })));
  });

  it('gives a copy that is a valid evaluation file of its own, and leaves the input as it was', async () => {
    const original = versionSnapshot(8);
    const before = JSON.stringify(original.tables);
    const copy = copyWithNewIds(original, counter('copy-'));
    expect(JSON.stringify(original.tables)).toBe(before);
    const read = await readEvaluationFile(await writeEvaluationFile(copy, { appVersion: 't', now: SAVED_AT, sha256: nodeSha256 }), { sha256: nodeSha256 });
    expect(read.ok && read.manifest.evaluation.id).toBe(copy.tables.evaluations?.[0]?.id);
  });
});
