import { describe, expect, it } from 'vitest';
import { changedFields, formChanges } from '../../../shared/domain/formChanges';

interface Rec {
  name: string;
  budget: number | null;
  tags: { name: string; value: string }[];
}

const base: Rec = { name: 'Höglandet', budget: 100, tags: [{ name: 'Fond', value: 'ERUF' }] };

describe('formChanges', () => {
  it('patches only the fields changed here and leaves a field changed elsewhere alone', () => {
    const edited = { ...base, name: 'Höglandet växer' };
    const current = { ...base, budget: 500 };
    expect(formChanges(base, edited, current)).toEqual({ patch: { name: 'Höglandet växer' }, conflicts: [] });
  });

  it('reports a field changed here and elsewhere to different values, with both values', () => {
    const edited = { ...base, budget: 200 };
    const current = { ...base, budget: 500 };
    expect(formChanges(base, edited, current)).toEqual({ patch: { budget: 200 }, conflicts: [{ field: 'budget', mine: 200, theirs: 500 }] });
  });

  it('is no conflict when both sides made the same change', () => {
    const edited = { ...base, budget: 500 };
    expect(formChanges(base, edited, { ...base, budget: 500 })).toEqual({ patch: { budget: 500 }, conflicts: [] });
  });

  it('compares arrays of objects by their contents', () => {
    const edited = { ...base, tags: [{ name: 'Fond', value: 'ERUF' }] };
    expect(formChanges(base, edited, base)).toEqual({ patch: {}, conflicts: [] });
    const changed = { ...base, tags: [{ name: 'Fond', value: 'ESF' }] };
    const theirs = { ...base, tags: [] };
    expect(formChanges(base, changed, theirs).conflicts).toEqual([{ field: 'tags', mine: changed.tags, theirs: [] }]);
  });

  it('gives an empty patch when nothing was changed here, whatever changed elsewhere', () => {
    expect(formChanges(base, { ...base }, { ...base, name: 'Annat', budget: null })).toEqual({ patch: {}, conflicts: [] });
  });
});

describe('changedFields', () => {
  it('lists the fields that differ from the base, telling null from 0 and comparing lists by content', () => {
    expect(changedFields(base, { ...base, name: 'X', budget: null })).toEqual(['name', 'budget']);
    expect(changedFields({ ...base, budget: 0 }, { ...base, budget: null, tags: [{ name: 'Fond', value: 'ERUF' }] })).toEqual(['budget']);
  });
});
