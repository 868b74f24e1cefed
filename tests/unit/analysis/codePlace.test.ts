import { describe, expect, it } from 'vitest';
import { codePlace } from '../../../shared/analysis/codePlace';
import type { Code } from '../../../shared/domain';

const code = (id: string, parentId: string | null, extra: Partial<Code> = {}) => ({ id, parentId, labelSv: id, labelEn: id, matrixCell: null, frameworkId: 'f', frameworkCodeId: id, ...extra }) as Code;

describe('codePlace', () => {
  it('gives the level of a matrix code and of a code under the unforeseen results, and the codes above', () => {
    const level = code('lokal', null);
    const cell = code('lokal.effects', 'lokal');
    const partners = code('partners', 'lokal.effects', { matrixCell: { level: 'lokal', column: 'effects' } as Code['matrixCell'] });
    const own = code('own', null, { frameworkId: null });
    const byId = new Map([level, cell, partners, own].map((c) => [c.id, c]));
    expect(codePlace(partners, byId)).toEqual({ level: 'lokal', ancestors: [level, cell] });
    expect(codePlace(own, byId)).toEqual({ level: null, ancestors: [] });
    const unforeseen = code('nationell.unforeseen', null, { frameworkId: 'results-matrix' });
    const mine = code('mine', 'nationell.unforeseen', { frameworkId: null });
    expect(codePlace(mine, new Map([unforeseen, mine].map((c) => [c.id, c]))).level).toBe('nationell');
  });

  it('takes the level from the nearest code above that has one', () => {
    const regional = code('regional', null, { matrixCell: { level: 'regional', column: 'results' } as Code['matrixCell'] });
    const child = code('child', 'regional');
    expect(codePlace(child, new Map([regional, child].map((c) => [c.id, c]))).level).toBe('regional');
  });
});
