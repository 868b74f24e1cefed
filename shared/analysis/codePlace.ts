import type { Code, Id, ProjectLevel } from '../domain';
import { unforeseenLevel } from './unforeseen';
import { ancestorsOf } from '../coding/codeTree';

/**
 * Where a code sits, for telling apart codes of the same name ("Nya samverkansparter" is a result at the
 * local and at the regional level): the level of the results matrix it belongs to (its cell's, or that of
 * the unforeseen results it is under; null outside the matrix) and the codes above it, top down.
 */
export function codePlace(code: Code, codes: ReadonlyMap<Id, Code>): { level: ProjectLevel | null; ancestors: Code[] } {
  const ancestors = ancestorsOf(codes, code);
  const level = [code, ...[...ancestors].reverse()].reduce<ProjectLevel | null>((found, above) => found ?? above.matrixCell?.level ?? unforeseenLevel(above), null);
  return { level, ancestors };
}
