import { defineStep, type StoredRecord } from './step';
import { V6_UNFORESEEN_TEXTS } from './v6Texts';

const FRAMEWORK = 'results-matrix';
const LEVELS = ['nationell', 'regional', 'lokal'] as const;

/** The id v6 gives the unforeseen results of a level: derived from the level's code, so every run agrees. */
export function unforeseenIdV6(levelCodeId: string): string {
  return `${levelCodeId}:unforeseen`;
}

function isMatrixCode(record: StoredRecord, frameworkCodeId: string): boolean {
  return record.frameworkId === FRAMEWORK && record.frameworkCodeId === frameworkCodeId;
}

/**
 * v5 → v6: every evaluation whose codebook has a level of the results matrix and lacks its "Oförutsedda
 * resultat" (unforeseen results) gets it, under the level, after the level's other codes, with the level's
 * colour and creation time, no shortcut and no matrix cell (it is not an expected category).
 */
export function unforeseenCodesV6(codes: readonly StoredRecord[]): StoredRecord[] {
  const added: StoredRecord[] = [];
  const has = new Set(codes.filter((c) => typeof c.frameworkCodeId === 'string').map((c) => `${String(c.evaluationId)}\u0000${String(c.frameworkCodeId)}`));
  const lastOrder = new Map<string, number>();
  for (const code of codes) {
    if (typeof code.parentId === 'string' && typeof code.order === 'number') lastOrder.set(code.parentId, Math.max(lastOrder.get(code.parentId) ?? code.order, code.order));
  }
  for (const level of LEVELS) {
    for (const levelCode of codes.filter((c) => isMatrixCode(c, level) && c.parentId === null)) {
      if (typeof levelCode.id !== 'string' || typeof levelCode.evaluationId !== 'string') continue;
      if (has.has(`${levelCode.evaluationId}\u0000${level}.unforeseen`)) continue;
      added.push({
        id: unforeseenIdV6(levelCode.id),
        evaluationId: levelCode.evaluationId,
        frameworkId: FRAMEWORK,
        frameworkCodeId: `${level}.unforeseen`,
        parentId: levelCode.id,
        ...V6_UNFORESEEN_TEXTS[level],
        matrixCell: null,
        colour: typeof levelCode.colour === 'string' ? levelCode.colour : '#f4c95d',
        shortcut: null,
        order: (lastOrder.get(levelCode.id) ?? 0) + 1,
        createdAt: levelCode.createdAt,
      });
    }
  }
  return added;
}

export const v6 = defineStep<never>({
  version: 6,
  tables: {},
  adds: { table: 'codes', add: unforeseenCodesV6 },
});
