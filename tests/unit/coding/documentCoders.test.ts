import { describe, expect, it } from 'vitest';
import { coderList, withCoders } from '../../../shared/coding/documentCoders';
import type { DocumentRecord } from '../../../shared/domain';

const document = { id: 'd1', title: 'Slutrapport' } as DocumentRecord;

describe('withCoders', () => {
  it('sets, adds and takes away names, trimmed, once each, in Swedish order', () => {
    const set = withCoders(document, [' Örjan', 'Anna', 'Anna', ''], 'set');
    expect(set.coders).toEqual(['Anna', 'Örjan']);
    expect(withCoders(set, ['Bertil', 'Anna'], 'add').coders).toEqual(['Anna', 'Bertil', 'Örjan']);
    expect(withCoders(set, ['Anna '], 'remove').coders).toEqual(['Örjan']);
  });

  it('leaves no field on a document assigned to nobody, and the input as it was', () => {
    const set = withCoders(document, ['Anna'], 'set');
    const none = withCoders(set, ['Anna'], 'remove');
    expect('coders' in none).toBe(false);
    expect('coders' in withCoders(set, [], 'set')).toBe(false);
    expect(set.coders).toEqual(['Anna']);
    expect(coderList([])).toEqual([]);
  });
});
