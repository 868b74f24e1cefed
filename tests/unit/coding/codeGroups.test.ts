import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { codeGroups } from '../../../renderer/features/coding/codeGroups';
import type { Code } from '../../../shared/domain/code';
import { codeId, resultsMatrixCodes } from '../../fixtures/report/evaluationFixture';

const t = ((key: string) => key) as unknown as TFunction;

describe('codeGroups', () => {
  it('offers each level\'s unforeseen results after the six cells, in the order of the cells, and the codes put under them after it (the category itself stays codable, as every parent)', () => {
    const codes = resultsMatrixCodes();
    const labels = codeGroups(codes, t, 'sv').map((group) => group.label);
    expect(labels.slice(6)).toEqual(['level.lokal – Oförutsedda resultat', 'level.regional – Oförutsedda resultat', 'level.nationell – Oförutsedda resultat']);
    expect(codeGroups(codes, t, 'sv')[6]?.codes.map((c) => c.id)).toEqual([codeId('lokal.unforeseen')]);

    const child: Code = { ...(codes[0] as Code), id: 'route', parentId: codeId('lokal.unforeseen'), frameworkCodeId: null, labelSv: 'Ny turistväg', order: 1 };
    const withChild = codeGroups([...codes, child], t, 'sv');
    expect(withChild[6]?.codes.map((c) => c.id)).toEqual([codeId('lokal.unforeseen'), 'route']);
  });
});
