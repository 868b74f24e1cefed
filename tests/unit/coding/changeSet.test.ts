import { describe, expect, it } from 'vitest';
import { invertChanges, sameRecord, squashChanges, touchedIds, type RecordChange } from '../../../shared/coding/changeSet';
import { code, dataCoding, NOW, segment } from './codebookFixtures';

const s = segment('s', ['a']);
const s2 = { ...s, codeIds: ['a', 'b'], updatedAt: NOW };
const s3 = { ...s2, memo: 'Memo' };
const c = code('c', null, 0);
const d = dataCoding('d', ['a']);

describe('invertChanges', () => {
  it('swaps before and after, in reverse order, without changing its input', () => {
    const changes: RecordChange[] = [
      { table: 'segments', id: 's', before: null, after: s },
      { table: 'codes', id: 'c', before: c, after: null },
      { table: 'dataCodings', id: 'd', before: d, after: { ...d, codeIds: [] } },
    ];
    const copy = structuredClone(changes);
    expect(invertChanges(changes)).toEqual([
      { table: 'dataCodings', id: 'd', before: { ...d, codeIds: [] }, after: d },
      { table: 'codes', id: 'c', before: null, after: c },
      { table: 'segments', id: 's', before: s, after: null },
    ]);
    expect(changes).toEqual(copy);
    expect(invertChanges(invertChanges(changes))).toEqual(changes);
  });
});

describe('squashChanges', () => {
  it('joins the changes of one record: the first before, the last after, in the order first seen', () => {
    expect(
      squashChanges([
        { table: 'segments', id: 's', before: s, after: s2 },
        { table: 'codes', id: 'c', before: c, after: { ...c, order: 3 } },
        { table: 'segments', id: 's', before: s2, after: s3 },
      ]),
    ).toEqual([
      { table: 'segments', id: 's', before: s, after: s3 },
      { table: 'codes', id: 'c', before: c, after: { ...c, order: 3 } },
    ]);
  });

  it('drops a record created and deleted in the same step, and one changed back to what it was', () => {
    expect(
      squashChanges([
        { table: 'segments', id: 's', before: null, after: s },
        { table: 'codes', id: 'c', before: c, after: { ...c, order: 3 } },
        { table: 'segments', id: 's', before: s, after: null },
        { table: 'codes', id: 'c', before: { ...c, order: 3 }, after: { ...c } },
        { table: 'dataCodings', id: 'd', before: d, after: { ...d } },
      ]),
    ).toEqual([]);
  });

  it('keeps records of different tables with the same id apart', () => {
    const changes: RecordChange[] = [
      { table: 'segments', id: 'x', before: null, after: { ...s, id: 'x' } },
      { table: 'dataCodings', id: 'x', before: null, after: { ...d, id: 'x' } },
    ];
    expect(squashChanges(changes)).toEqual(changes);
  });
});

describe('sameRecord', () => {
  it('compares plain records deeply, in any key order, ignoring undefined keys', () => {
    expect(sameRecord(s, structuredClone(s))).toBe(true);
    expect(sameRecord({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord(null, null)).toBe(true);
    expect(sameRecord('x', 'x')).toBe(true);
  });

  it('tells different records apart', () => {
    expect(sameRecord(s, s2)).toBe(false);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRecord({ a: [1] }, { a: [1, 1] })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameRecord({ a: null }, { a: undefined })).toBe(false);
    expect(sameRecord({ 0: 'x' }, ['x'])).toBe(false);
    expect(sameRecord(null, {})).toBe(false);
    expect(sameRecord(s, null)).toBe(false);
  });
});

describe('touchedIds', () => {
  it('lists each id once, by kind, with the codes given to or taken from evidence', () => {
    expect(
      touchedIds([
        { table: 'segments', id: 's', before: null, after: s },
        { table: 'codes', id: 'c', before: c, after: null },
        { table: 'segments', id: 's', before: s, after: s2 },
        { table: 'dataCodings', id: 'd', before: d, after: null },
        { table: 'segments', id: 't', before: null, after: { ...s, id: 't' } },
      ]),
    ).toEqual({ codeIds: ['a', 'c', 'b'], segmentIds: ['s', 't'], dataCodingIds: ['d'] });
  });

  it('logs no evidence or code for the projects, texts and originals a merge adds', () => {
    const text = { documentId: 'doc', evaluationId: 'e', text: 'Text', blocks: [] };
    expect(
      touchedIds([
        { table: 'projects', id: 'p', before: null, after: { id: 'p' } as never },
        { table: 'documentTexts', id: 'doc', before: null, after: text },
        { table: 'originals', id: 'doc', before: null, after: { documentId: 'doc', evaluationId: 'e', blob: null } },
        { table: 'segments', id: 's', before: null, after: s },
      ]),
    ).toEqual({ codeIds: ['a'], segmentIds: ['s'], dataCodingIds: [] });
  });
});
