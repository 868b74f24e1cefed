import { describe, expect, it } from 'vitest';
import resultsMatrixJson from '../../../resources/frameworks/results-matrix.json';
import { migrateSnapshot } from '../../../shared/migrations';
import { unforeseenCodesV6, unforeseenIdV6, v6 } from '../../../shared/migrations/v6';
import { parseFramework } from '../../../shared/domain/framework';
import { CODE_TEXT_FIELDS } from '../../../shared/domain/code';
import { byId, rawFixture, records } from './fixtures';

const codes = records(5, 'codes');

describe('migration v5 → v6', () => {
  it('adds "Oförutsedda resultat" under each results-matrix level of an evaluation, after its other codes', () => {
    const added = unforeseenCodesV6(codes);
    expect(added.map((c) => [c.id, c.parentId, c.frameworkCodeId, c.order])).toEqual([
      ['c-nat:unforeseen', 'c-nat', 'nationell.unforeseen', 6],
      ['c-reg:unforeseen', 'c-reg', 'regional.unforeseen', 1],
      ['c-lok:unforeseen', 'c-lok', 'lokal.unforeseen', 41],
    ]);
    expect(byId(added, 'c-reg:unforeseen')).toMatchObject({
      evaluationId: 'eval-5',
      frameworkId: 'results-matrix',
      labelSv: 'Oförutsedda resultat',
      labelEn: 'Unforeseen results',
      matrixCell: null,
      colour: '#8ecae6',
      shortcut: null,
      createdAt: '2025-03-01T08:00:00.000Z',
    });
  });

  it('writes the texts the framework ships, in both languages', () => {
    const framework = parseFramework(resultsMatrixJson);
    for (const code of unforeseenCodesV6(codes)) {
      const shipped = framework.codes.find((c) => c.id === code.frameworkCodeId);
      for (const field of CODE_TEXT_FIELDS) {
        expect(code[field], `${String(code.frameworkCodeId)} ${field}`).toBe(shipped?.[field]);
        expect(String(code[field]).trim()).not.toBe('');
      }
    }
  });

  it('adds nothing to an evaluation without the matrix levels, or that has them already', () => {
    expect(unforeseenCodesV6(codes.filter((c) => c.evaluationId === 'eval-5b'))).toEqual([]);
    const once = [...codes, ...unforeseenCodesV6(codes)];
    expect(unforeseenCodesV6(once)).toEqual([]);
    const withLokal = [...codes, { ...byId(codes, 'c-egen'), id: 'mine', frameworkId: 'results-matrix', frameworkCodeId: 'lokal.unforeseen' }];
    expect(unforeseenCodesV6(withLokal).map((c) => c.id)).toEqual(['c-nat:unforeseen', 'c-reg:unforeseen']);
  });

  it('derives the ids from the level code, so every run adds the same records', () => {
    expect(unforeseenIdV6('c-lok')).toBe('c-lok:unforeseen');
    expect(unforeseenCodesV6(codes)).toEqual(unforeseenCodesV6([...codes].reverse()).sort((a, b) => ['c-nat', 'c-reg', 'c-lok'].indexOf(String(a.parentId)) - ['c-nat', 'c-reg', 'c-lok'].indexOf(String(b.parentId))));
  });

  it('is a step that changes no record and adds codes; migrateSnapshot leaves the rest as it was', () => {
    expect(v6.version).toBe(6);
    expect(v6.tables).toEqual([]);
    expect(v6.adds?.table).toBe('codes');
    const migrated = migrateSnapshot(rawFixture(5), 6);
    expect(migrated.tables.codes).toHaveLength(codes.length + 3);
    expect(migrated.tables.codes?.slice(0, codes.length)).toEqual(codes);
    expect(migrated.tables.segments).toEqual(records(5, 'segments'));
    expect(migrateSnapshot(migrated, 6)).toEqual(migrated);
  });
});
