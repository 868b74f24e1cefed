import { describe, expect, it } from 'vitest';
import { joinDocumentText, type DocumentTextPiece } from '../../../shared/domain';
import { LATEST_VERSION, migrateSnapshot } from '../../../shared/migrations';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { fixture, rawFixture, records } from './fixtures';

const texts = records(9, 'documentTexts');

describe('migration v9 → v10', () => {
  it('makes each text v9 stored one piece at index 0 (no text of the fixture is near the limit)', () => {
    expect(texts.map((t) => t.documentId)).toEqual(['doc-7a', 'doc-7b', 'doc-8p', 'doc-8t', 'doc-9u']);
    for (const text of texts) expect(documentTextToPieces(text)).toEqual([{ ...text, index: 0 }]);
  });

  it('splits a text into pieces that join to it again, never between the halves of a surrogate pair', () => {
    const text = texts.find((t) => t.documentId === 'doc-9u');
    if (!text) throw new Error('no doc-9u');
    expect(text.text).toMatch(/😀/);
    for (let chars = 2; chars <= 12; chars++) {
      const pieces = documentTextToPieces(text, { chars, blocks: 1 });
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.map((p) => p.index)).toEqual(pieces.map((_, i) => i));
      for (const piece of pieces) expect(String(piece.text)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      expect(joinDocumentText(pieces as unknown as DocumentTextPiece[])).toEqual(text);
    }
  });

  it('keeps a record that is not a text as v9 wrote one whole, as the first and only piece', () => {
    const odd = { documentId: 'doc-x', evaluationId: 'eval-7', text: 42, blocks: 'none' };
    expect(documentTextToPieces(odd)).toEqual([{ ...odd, index: 0 }]);
  });

  it('leaves a snapshot as it was: an evaluation file keeps whole texts at every version', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(10);
    const migrated = migrateSnapshot(rawFixture(9), 10);
    expect(migrated).toEqual({ version: 10, tables: fixture(9).tables });
  });
});
