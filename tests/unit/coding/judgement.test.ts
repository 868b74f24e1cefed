import { describe, expect, it } from 'vitest';
import { changesNothing, isUnjudged, judged } from '../../../shared/coding/judgement';
import { withoutCode } from '../../../shared/coding/uncode';
import { dataCoding, NOW, segment } from './codebookFixtures';

describe('judgements', () => {
  it('a patch equal to the judgement, or of undefined values, changes nothing', () => {
    const record = segment('s', ['c'], { memo: 'M', strength: 'weak' });
    expect(changesNothing(record, { memo: 'M' })).toBe(true);
    expect(changesNothing(record, { strength: 'weak', direction: null })).toBe(true);
    expect(changesNothing(record, { memo: undefined })).toBe(true);
    expect(changesNothing(record, { direction: 'hindering' })).toBe(false);
    expect(judged(record, { memo: 'M' }, NOW)).toBeNull();
  });

  it('a patch that changes something is laid on, with the time', () => {
    const record = dataCoding('d', ['c']);
    expect(judged(record, { strength: 'strong' }, NOW)).toEqual({ ...record, strength: 'strong', updatedAt: NOW });
  });

  it('evidence with only white space as memo is unjudged', () => {
    expect(isUnjudged(segment('s', [], { memo: '  ' }))).toBe(true);
    expect(isUnjudged(segment('s', [], { direction: 'promoting' }))).toBe(false);
  });
});

describe('withoutCode', () => {
  it('takes one code off and keeps the rest', () => {
    const record = segment('s', ['a', 'b']);
    expect(withoutCode(record, 'a', NOW)).toEqual({ ...record, codeIds: ['b'], updatedAt: NOW });
  });

  it('an unjudged record left with no code goes; a judged one stays as uncoded', () => {
    expect(withoutCode(segment('s', ['a']), 'a', NOW)).toBeNull();
    expect(withoutCode(dataCoding('d', ['a'], { memo: 'Viktigt' }), 'a', NOW)).toMatchObject({ codeIds: [], memo: 'Viktigt' });
  });

  it('a record without the code is left as it is', () => {
    const record = segment('s', ['b']);
    expect(withoutCode(record, 'a', NOW)).toBe(record);
  });
});
