import type { TFunction } from 'i18next';
import { MATRIX_COLUMNS, PROJECT_LEVELS, type Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { codeFamily, inTreeOrder, type CodeFamily } from './codeFamily';
import { subtreeIds } from '../../../shared/coding/codeTree';
import { unforeseenLevel } from '../../../shared/analysis/unforeseen';

export interface CodeGroup {
  label: string;
  /** The group's codable codes in tree order: a parent comes before the codes below it. */
  codes: Code[];
}

/**
 * The codes a passage or a table row can be coded with, grouped for the palette: the results matrix by
 * level and column ("Lokal nivå – Effekter") and each level's unforeseen results ("Lokal nivå – Oförutsedda
 * resultat", with the codes the evaluator put under them), then every other framework's codes under their
 * top-level code ("Faktorer som främjar lärande – Kultur för lärande"), the top-level code itself first.
 * Parents are codes too (coded "i stort"); only the matrix's levels and columns are headings alone (see
 * codeFamily).
 */
export function codeGroups(codes: readonly Code[], t: TFunction, language: string, family: CodeFamily = codeFamily(codes)): CodeGroup[] {
  const ordered = inTreeOrder(codes).filter(family.codable);
  const matrix = PROJECT_LEVELS.flatMap((level) =>
    MATRIX_COLUMNS.map((column) => ({
      label: `${t(`level.${level}`)} – ${t(`column.${column}`)}`,
      codes: ordered.filter((code) => code.matrixCell?.level === level && code.matrixCell.column === column),
    })),
  );
  const unforeseen = PROJECT_LEVELS.flatMap((level) =>
    codes
      .filter((code) => unforeseenLevel(code) === level)
      .map((root) => {
        const subtree = subtreeIds(codes, root.id);
        return { label: `${t(`level.${level}`)} – ${codeLabel(root, language)}`, codes: ordered.filter((code) => subtree.has(code.id)) };
      }),
  );
  const inUnforeseen = new Set(unforeseen.flatMap((group) => group.codes.map((code) => code.id)));
  const others = new Map<string, CodeGroup>();
  for (const code of ordered) {
    if (code.matrixCell !== null || inUnforeseen.has(code.id)) continue;
    const top = family.ancestors(code).at(-1) ?? code;
    // A top-level code alone goes in its framework's group; a code with codes below it heads its own.
    const own = top.id === code.id && !family.isParent(code);
    const framework = t(`framework.${code.frameworkId ?? 'own'}`, { defaultValue: code.frameworkId ?? '' });
    const key = `${code.frameworkId ?? ''}/${own ? '' : top.id}`;
    const label = own ? framework : `${framework} – ${codeLabel(top, language)}`;
    const group = others.get(key) ?? { label, codes: [] };
    group.codes.push(code);
    others.set(key, group);
  }
  return [...matrix, ...unforeseen, ...others.values()].filter((group) => group.codes.length > 0);
}
