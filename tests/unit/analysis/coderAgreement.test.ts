import { describe, expect, it } from 'vitest';
import { coderAgreement } from '../../../shared/analysis/coderAgreement';

const s = (documentId: string, coder: string, codeIds: string[], start: number, end: number) => ({ documentId, coder, codeIds, position: { type: 'TextPositionSelector' as const, start, end } });

describe('coderAgreement', () => {
  it('is null where no document has two coders', () => {
    expect(coderAgreement([s('d1', 'A', ['x'], 0, 10), s('d2', 'B', ['x'], 0, 10), s('d1', ' ', ['x'], 0, 10)])).toEqual({ documents: 0, pairs: 0, agreement: null });
  });

  it('is 1 for the same text coded alike and 0 for no text coded alike', () => {
    expect(coderAgreement([s('d', 'A', ['x'], 0, 10), s('d', 'B', ['x'], 0, 10)]).agreement).toBe(1);
    expect(coderAgreement([s('d', 'A', ['x'], 0, 10), s('d', 'B', ['y'], 0, 10)]).agreement).toBe(0);
  });

  it('divides the text both coded with a code by the text either coded with it, over codes, pairs and documents', () => {
    const result = coderAgreement([
      // d1, code x: A 0-10, B 5-15 -> both 5, either 15; code y: only A 20-25 -> both 0, either 5.
      s('d1', 'A', ['x'], 0, 10),
      s('d1', 'B', ['x'], 5, 15),
      s('d1', 'A', ['y'], 20, 25),
      // d2, code x: A 0-4 and 2-8 (joined 0-8), B 0-8 -> both 8, either 8.
      s('d2', 'A', ['x'], 0, 4),
      s('d2', 'A', ['x'], 2, 8),
      s('d2', 'B', ['x'], 0, 8),
    ]);
    expect(result.documents).toBe(2);
    expect(result.pairs).toBe(2);
    expect(result.agreement).toBeCloseTo((5 + 0 + 8) / (15 + 5 + 8), 10);
  });
});
