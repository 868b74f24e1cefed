import { codeTextsOf, type Code } from '../domain/code';
import type { Id } from '../domain/ids';
import type { Framework } from '../domain/framework';

/** A calm palette for code colours, legible as a light highlight behind dark text. */
export const CODE_PALETTE = ['#f4c95d', '#8ecae6', '#b5e48c', '#f6a6b2', '#cdb4db', '#ffb703', '#90be6d', '#a0c4ff'] as const;

/** Copies a framework's codes into an evaluation's own codebook, with new ids and parents mapped. */
export function codesFromFramework(framework: Framework, evaluationId: Id, newId: () => string, createdAt: string): Code[] {
  const idMap = new Map(framework.codes.map((code) => [code.id, newId()]));
  let leaf = 0;
  return framework.codes.map((code) => ({
    id: idMap.get(code.id) as string,
    evaluationId,
    frameworkId: framework.id,
    frameworkCodeId: code.id,
    parentId: code.parentId === null ? null : (idMap.get(code.parentId) ?? null),
    ...codeTextsOf(code),
    matrixCell: code.matrixCell,
    colour: CODE_PALETTE[code.matrixCell ? leaf++ % CODE_PALETTE.length : 0] as string,
    shortcut: null,
    order: code.order,
    createdAt,
  }));
}
