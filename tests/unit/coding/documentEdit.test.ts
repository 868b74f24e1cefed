import { describe, expect, it } from 'vitest';
import { documentDetailsChanges, twinMarked } from '../../../shared/coding/documentEdit';
import type { DocumentRecord } from '../../../shared/domain';
import { NOW, segment } from './codebookFixtures';

function doc(id: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    evaluationId: 'e1',
    projectId: 'p1',
    type: 'delrapport',
    date: '2024-06-30',
    title: 'Delrapport',
    authorOrganisation: '',
    fileName: 'delrapport.docx',
    mimeType: 'application/octet-stream',
    format: 'docx',
    size: 10,
    sha256: '0'.repeat(64),
    pageCount: null,
    wordCount: 10,
    warnings: [],
    importedAt: NOW,
    versionGroupId: 'd1',
    version: 1,
    supersededBy: null,
    duplicateOf: null,
    duplicateSimilarity: null,
    sketch: null,
    ...overrides,
  };
}

const DETAILS = { projectId: 'p1', type: 'delrapport' as const, date: '2024-06-30', title: 'Delrapport', authorOrganisation: '' };

describe('documentDetailsChanges', () => {
  it('changes the document alone when its project stays, its title trimmed or else its file name', () => {
    const d = doc('d1');
    expect(documentDetailsChanges(d, { ...DETAILS, title: '  Ny titel ', authorOrganisation: ' Region ' }, [d], [], NOW)).toEqual([
      { table: 'documents', id: 'd1', before: d, after: { ...d, title: 'Ny titel', authorOrganisation: 'Region' } },
    ]);
    expect(documentDetailsChanges(d, { ...DETAILS, title: ' ' }, [d], [], NOW)[0]?.after).toMatchObject({ title: 'delrapport.docx' });
  });

  it('moves every version to a project, and the passages by the move rule; to the programme the passages keep theirs', () => {
    const v1 = doc('d1', { supersededBy: 'd2' });
    const v2 = doc('d2', { version: 2 });
    const kept = segment('s1', ['c1'], { documentId: 'd1', projectId: 'p1' });
    const current = segment('s2', ['c1'], { documentId: 'd2', projectId: 'p1' });
    const toProject = documentDetailsChanges(v2, { ...DETAILS, projectId: 'p2' }, [v1, v2], [kept, current], NOW);
    expect(toProject.map((c) => [c.table, c.id, (c.after as { projectId: string | null }).projectId])).toEqual([
      ['documents', 'd2', 'p2'],
      ['documents', 'd1', 'p2'],
      ['segments', 's1', 'p2'],
      ['segments', 's2', 'p2'],
    ]);
    expect(toProject[2]?.after).toMatchObject({ updatedAt: NOW });
    const toProgramme = documentDetailsChanges(v2, { ...DETAILS, projectId: null }, [v1, v2], [kept, current], NOW);
    expect(toProgramme.map((c) => [c.table, c.id])).toEqual([
      ['documents', 'd2'],
      ['documents', 'd1'],
    ]);
  });

  it('marks or unmarks the twin in the same change when asked, and leaves a mark as it was when not', () => {
    const d = doc('d1', { duplicateOf: 'd0', duplicateSimilarity: 0.93 });
    expect(documentDetailsChanges(d, DETAILS, [d], [], NOW, null)[0]?.after).toMatchObject({ duplicateOf: null, duplicateSimilarity: null });
    expect(documentDetailsChanges(d, DETAILS, [d], [], NOW, 'd0')[0]?.after).toMatchObject({ duplicateOf: 'd0', duplicateSimilarity: 0.93 });
    expect(documentDetailsChanges(d, DETAILS, [d], [], NOW, 'd9')[0]?.after).toMatchObject({ duplicateOf: 'd9', duplicateSimilarity: null });
    expect(documentDetailsChanges(d, DETAILS, [d], [], NOW)[0]?.after).toMatchObject({ duplicateOf: 'd0', duplicateSimilarity: 0.93 });
  });
});

describe('twinMarked', () => {
  it('gives a mark by hand no similarity unless one measured is given, and keeps it when marked again as the same', () => {
    const d = doc('d1', { duplicateOf: 'd0', duplicateSimilarity: 0.93 });
    expect(twinMarked(d, null, 0.5)).toMatchObject({ duplicateOf: null, duplicateSimilarity: null });
    expect(twinMarked(d, 'd0', null)).toMatchObject({ duplicateOf: 'd0', duplicateSimilarity: 0.93 });
    expect(twinMarked(doc('d1'), 'd0', 0.97)).toMatchObject({ duplicateOf: 'd0', duplicateSimilarity: 0.97 });
    expect(twinMarked(doc('d1'), 'd0', null)).toMatchObject({ duplicateOf: 'd0', duplicateSimilarity: null });
  });
});
