import { describe, expect, it } from 'vitest';
import { codeToV5, evidenceToV5, v5 } from '../../../shared/migrations/v5';
import { byId, records } from './fixtures';

const UNJUDGED = { strength: null, direction: null, coder: '' };

describe('migration v4 → v5', () => {
  it('gives coded passages no strength or direction and an unknown coder, keeping the memo', () => {
    const segment = byId(records(4, 'segments'), 'seg-4');
    expect(evidenceToV5(segment)).toEqual({ ...segment, ...UNJUDGED, memo: 'Tydligt' });
  });

  it('does the same for coded table rows and cells', () => {
    const coding = byId(records(4, 'dataCodings'), 'dc-4');
    expect(evidenceToV5(coding)).toEqual({ ...coding, ...UNJUDGED });
  });

  it('gives evidence without a memo an empty one, and keeps a judgement that is there', () => {
    const coding = byId(records(3, 'dataCodings'), 'dc-3');
    expect(evidenceToV5(coding)).toEqual({ ...coding, memo: '', ...UNJUDGED });
    const judged = { ...coding, memo: 'Ökning', strength: 'strong', direction: null, coder: 'Karin' };
    expect(evidenceToV5(judged)).toEqual(judged);
  });

  it('gives codes no shortcut, and keeps one that is there', () => {
    const code = byId(records(4, 'codes'), 'code-natverk');
    expect(codeToV5(code)).toEqual({ ...code, shortcut: null });
    expect(codeToV5({ ...code, shortcut: '1' })).toEqual({ ...code, shortcut: '1' });
  });

  it('changes segments, table codings and codes', () => {
    expect(v5.version).toBe(5);
    expect(v5.lookupTable).toBeNull();
    expect(v5.tables).toEqual(['segments', 'dataCodings', 'codes']);
  });
});
