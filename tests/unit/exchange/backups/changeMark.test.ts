import { describe, expect, it } from 'vitest';
import { changeMark, type ChangeFacts } from '../../../../shared/exchange/backups';

const facts: ChangeFacts = {
  latestAuditAt: '2026-01-01T10:00:00.000Z',
  evaluationUpdatedAt: '2026-01-01T09:00:00.000Z',
  records: {
    projects: [{ updatedAt: '2026-01-01T08:00:00.000Z' }, { updatedAt: '2026-01-01T08:30:00.000Z' }],
    documents: [{ importedAt: '2026-01-01T07:00:00.000Z' }],
    datasets: [],
  },
};

describe('changeMark', () => {
  it('is equal for equal facts, whatever the order of tables and records', () => {
    const reordered: ChangeFacts = { ...facts, records: { datasets: [], documents: facts.records.documents!, projects: [...facts.records.projects!].reverse() } };
    expect(changeMark(reordered)).toBe(changeMark(facts));
  });
  it.each<[string, ChangeFacts]>([
    ['a new audit entry', { ...facts, latestAuditAt: '2026-01-01T10:05:00.000Z' }],
    ['the evaluation edited', { ...facts, evaluationUpdatedAt: '2026-01-01T10:05:00.000Z' }],
    ['a project edited', { ...facts, records: { ...facts.records, projects: [{ updatedAt: '2026-01-01T08:00:00.000Z' }, { updatedAt: '2026-01-01T10:05:00.000Z' }] } }],
    ['a project deleted', { ...facts, records: { ...facts.records, projects: [{ updatedAt: '2026-01-01T08:30:00.000Z' }] } }],
    ['a document imported', { ...facts, records: { ...facts.records, documents: [{ importedAt: '2026-01-01T07:00:00.000Z' }, { importedAt: '2026-01-01T06:00:00.000Z' }] } }],
    ['a dataset imported', { ...facts, records: { ...facts.records, datasets: [{ updatedAt: '2026-01-01T06:00:00.000Z' }] } }],
  ])('differs after %s', (_what, changed) => {
    expect(changeMark(changed)).not.toBe(changeMark(facts));
  });
});
