import { describe, expect, it } from 'vitest';
import { parseBackupMeta } from '../../../../shared/domain';
import { backupMetaOf } from '../../../../shared/exchange/backups';
import { EVALUATION_TABLES, type EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';

const snapshot = { version: 9, tables: { evaluations: [{ id: 'e1', title: 'Tillväxt' }], projects: [{ id: 'p1' }, { id: 'p2' }], segments: [{ id: 's1' }] } } as unknown as EvaluationSnapshot;

describe('backupMetaOf', () => {
  it('notes the evaluation, its title and the records of every table', () => {
    const meta = backupMetaOf(snapshot, '2026-12-07T05:13:10.123Z', false);
    expect(meta).toMatchObject({ evaluationId: 'e1', title: 'Tillväxt', savedAt: '2026-12-07T05:13:10.123Z', encrypted: false });
    expect(Object.keys(meta.counts ?? {}).sort()).toEqual([...EVALUATION_TABLES].sort());
    expect(meta.counts).toMatchObject({ evaluations: 1, projects: 2, segments: 1, findings: 0 });
  });
  it('writes neither title nor counts in clear beside an encrypted backup', () => {
    expect(backupMetaOf(snapshot, '2026-12-07T05:13:10.123Z', true)).toEqual({ evaluationId: 'e1', title: null, savedAt: '2026-12-07T05:13:10.123Z', counts: null, encrypted: true });
  });
});

describe('a note read back', () => {
  it('passes parseBackupMeta unchanged (every table name fits its pattern)', () => {
    const meta = backupMetaOf(snapshot, '2026-12-07T05:13:10.123Z', false);
    expect(parseBackupMeta(JSON.parse(JSON.stringify(meta)))).toEqual(meta);
  });
});
