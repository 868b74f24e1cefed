import { describe, expect, it } from 'vitest';
import { matrixStructureIds } from '../../../shared/coding/matrixStructure';

const code = (id: string, parentId: string | null, cell: boolean) => ({ id, parentId, matrixCell: cell ? { level: 'regional' as const, column: 'effects' as const } : null });

describe('matrixStructureIds', () => {
  it('names every code without a cell above a code with one, and nothing else', () => {
    const codes = [code('level', null, false), code('column', 'level', false), code('cat', 'column', true), code('sub', 'cat', true), code('factor', null, false), code('child', 'factor', false)];
    expect([...matrixStructureIds(codes)].sort()).toEqual(['column', 'level']);
  });

  it('stops at a broken or circular parent line', () => {
    const codes = [code('a', 'b', true), code('b', 'a', false), code('c', 'missing', true)];
    expect([...matrixStructureIds(codes)]).toEqual(['b']);
  });
});
