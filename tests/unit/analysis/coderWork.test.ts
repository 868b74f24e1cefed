import { describe, expect, it } from 'vitest';
import { coderWork } from '../../../shared/analysis/coderWork';

describe('coderWork', () => {
  it('counts per coder the documents assigned, the documents coded and the passages, assigned-only coders and the nameless included', () => {
    const documents = [
      { id: 'a', coders: ['Karin', 'Kollega B'] },
      { id: 'b', coders: ['Kollega B'] },
      { id: 'c' },
    ];
    const segments = [
      { documentId: 'a', coder: 'Karin' },
      { documentId: 'a', coder: 'Karin' },
      { documentId: 'c', coder: 'Karin' },
      { documentId: 'a', coder: ' Kollega B' },
      { documentId: 'c', coder: '' },
      { documentId: 'gone', coder: 'Karin' },
      { documentId: 'b', coder: 'Åsa' },
      // A resolved disagreement (the shared coding) is not Karin's own coding.
      { documentId: 'b', coder: 'Karin', consensus: true },
    ];
    expect(coderWork(documents, segments)).toEqual([
      { coder: 'Karin', assigned: 1, codedDocuments: 2, passages: 3 },
      { coder: 'Kollega B', assigned: 2, codedDocuments: 1, passages: 1 },
      { coder: 'Åsa', assigned: 0, codedDocuments: 1, passages: 1 },
      { coder: '', assigned: 0, codedDocuments: 1, passages: 1 },
    ]);
  });
});
