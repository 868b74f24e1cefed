import { describe, expect, it } from 'vitest';
import { planCodebookImport } from '../../../shared/coding/importPlan';
import { EMPTY_CODE_TEXTS } from '../../../shared/domain';
import type { ImportedCode } from '../../../shared/exchange/refi';
import { code, NOW } from './codebookFixtures';

function imported(id: string, parentId: string | null, labelSv: string, extra: Partial<ImportedCode> = {}): ImportedCode {
  return {
    ...EMPTY_CODE_TEXTS,
    labelSv,
    guid: id,
    parentGuid: parentId,
    id,
    parentId,
    order: 0,
    name: labelSv,
    colour: '#112233',
    description: '',
    isCodable: true,
    frameworkId: null,
    frameworkCodeId: null,
    matrixCell: null,
    shortcut: null,
    createdAt: null,
    sparbar: false,
    ...extra,
  };
}

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

describe('planning a codebook import', () => {
  it("adds another program's codes as own codes, parents before children, after the codes there", () => {
    const existing = [code('own', null, 4, { frameworkId: null })];
    const plan = planCodebookImport(existing, [imported('p', null, 'Förälder'), imported('k', 'p', 'Barn')], 'eval', ids(), NOW);
    expect(plan.add.map((c) => [c.id, c.parentId, c.frameworkId, c.order, c.labelSv])).toEqual([
      ['new-1', null, null, 5, 'Förälder'],
      ['new-2', 'new-1', null, 0, 'Barn'],
    ]);
    expect(plan.add[0]).toMatchObject({ evaluationId: 'eval', colour: '#112233', createdAt: NOW });
    expect(plan.topLevel).toEqual([{ frameworkId: null, label: 'Förälder' }]);
    expect(plan.skipped).toBe(0);
  });

  it('skips a code that is there (same id, same framework code or same name in the same place) and hangs its children under it', () => {
    const existing = [code('a', null, 0), code('b', null, 1, { frameworkCodeId: 'fb' }), code('own', null, 0, { frameworkId: null, labelSv: 'Egen' })];
    const plan = planCodebookImport(
      existing,
      [
        imported('a', null, 'A', { sparbar: true, frameworkId: 'fw' }),
        imported('a1', 'a', 'Under A', { sparbar: true, frameworkId: 'fw' }),
        imported('gb', null, 'B', { frameworkId: 'fw', frameworkCodeId: 'fb' }),
        imported('e', null, ' EGEN '),
      ],
      'eval',
      ids(),
      NOW,
    );
    expect(plan.skipped).toBe(3);
    expect(plan.add.map((c) => [c.labelSv, c.parentId, c.frameworkId])).toEqual([['Under A', 'a', 'fw']]);
    expect(plan.topLevel).toEqual([{ frameworkId: 'fw', label: 'Under A' }]);
  });

  it('leaves out shortcuts that are taken', () => {
    const existing = [code('a', null, 0, { shortcut: '1', frameworkId: null })];
    const plan = planCodebookImport(existing, [imported('x', null, 'X', { shortcut: '1' }), imported('y', null, 'Y', { shortcut: 'Q' }), imported('z', null, 'Z', { shortcut: 'q' })], 'eval', ids(), NOW);
    expect(plan.add.map((c) => c.shortcut)).toEqual([null, 'q', null]);
    expect(plan.shortcutsDropped).toBe(true);
  });
});
