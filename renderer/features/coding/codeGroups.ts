import type { TFunction } from 'i18next';
import { MATRIX_COLUMNS, PROJECT_LEVELS, type Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { subtreeIds } from '../../../shared/coding/codeTree';
import { unforeseenLevel } from '../../../shared/analysis/unforeseen';

export interface CodeGroup {
  label: string;
  codes: Code[];
}

/**
 * The codes a passage or a table row can be coded with, grouped for the palette: the results matrix by
 * level and column ("Lokal nivå – Effekter") and each level's unforeseen results ("Lokal nivå – Oförutsedda
 * resultat", with the codes the evaluator put under them), then every other framework's codes under their top-level
 * code ("Faktorer som främjar lärande – Kultur för lärande"). Codes with children are groups, not choices.
 */
export function codeGroups(codes: readonly Code[], t: TFunction, language: string): CodeGroup[] {
  const matrix = PROJECT_LEVELS.flatMap((level) =>
    MATRIX_COLUMNS.map((column) => ({
      label: `${t(`level.${level}`)} – ${t(`column.${column}`)}`,
      codes: codes.filter((code) => code.matrixCell?.level === level && code.matrixCell.column === column),
    })),
  );
  const byId = new Map(codes.map((code) => [code.id, code]));
  const hasChildren = new Set(codes.map((code) => code.parentId).filter((id): id is string => id !== null));
  const unforeseen = PROJECT_LEVELS.flatMap((level) =>
    codes
      .filter((code) => unforeseenLevel(code) === level)
      .map((root) => {
        const subtree = subtreeIds(codes, root.id);
        return { label: `${t(`level.${level}`)} – ${codeLabel(root, language)}`, codes: codes.filter((code) => subtree.has(code.id) && !hasChildren.has(code.id)) };
      }),
  );
  const others = new Map<string, CodeGroup>();
  // Codes come in codebook order (framework by framework), which the groups keep.
  for (const code of codes) {
    if (code.frameworkId === 'results-matrix' || code.matrixCell !== null || hasChildren.has(code.id)) continue;
    let top = code;
    while (top.parentId !== null && byId.get(top.parentId)) top = byId.get(top.parentId) as Code;
    const framework = t(`framework.${code.frameworkId ?? 'own'}`, { defaultValue: code.frameworkId ?? '' });
    const key = `${code.frameworkId ?? ''}/${top.id === code.id ? '' : top.id}`;
    const label = top.id === code.id ? framework : `${framework} – ${codeLabel(top, language)}`;
    const group = others.get(key) ?? { label, codes: [] };
    group.codes.push(code);
    others.set(key, group);
  }
  return [...matrix, ...unforeseen, ...others.values()].filter((group) => group.codes.length > 0);
}
