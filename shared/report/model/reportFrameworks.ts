import type { Code } from '../../domain/code';
import type { ScaleLevel } from '../../domain/judgement';
import { DEFAULT_SCALE_FRAMEWORKS, MATRIX_FRAMEWORK_ID } from '../../domain/ratingScales';
import { frameworkRows, type HeatmapRow } from '../../analysis/judgementHeatmap';
import type { ReportContext } from './reportContext';

/** The frameworks with at least one judgement of one of their codes. */
export function judgedFrameworks(ctx: ReportContext): Set<string | null> {
  return new Set(ctx.input.judgements.map((j) => ctx.codeById.get(j.criterionCodeId)?.frameworkId ?? null));
}

/**
 * The factor frameworks the report presents: every framework of the codebook other than the results
 * matrix (own codes aside) that has a judgement, a coded passage or the evaluator's text
 * (`factors.<frameworkId>`), the shipped ones in their order first.
 */
export function factorFrameworks(ctx: ReportContext): string[] {
  const used = new Set<string>();
  const judged = judgedFrameworks(ctx);
  const texts = ctx.input.settings.texts;
  for (const code of ctx.codes) {
    if (code.frameworkId === null || code.frameworkId === MATRIX_FRAMEWORK_ID) continue;
    if (judged.has(code.frameworkId) || ctx.quotesOf(code.id).length > 0 || (texts[`factors.${code.frameworkId}`] ?? '').trim() !== '') used.add(code.frameworkId);
  }
  const shipped: readonly string[] = DEFAULT_SCALE_FRAMEWORKS;
  const rank = (id: string) => (shipped.includes(id) ? shipped.indexOf(id) : shipped.length);
  return [...used].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A framework's name in the report language (the catalog's, else its id). */
export function frameworkName(ctx: ReportContext, frameworkId: string | null): string {
  const key = `framework.${frameworkId ?? 'own'}`;
  const name = ctx.w.full(key);
  return name === key ? (frameworkId ?? '') : name;
}

/** A framework's factors in tree order (the results matrix's headings left out). */
export function factorRows(ctx: ReportContext, frameworkId: string): HeatmapRow[] {
  return frameworkRows(ctx.codes, frameworkId).filter((row) => !row.heading);
}

/**
 * The ratings that say "weak" or "not reached": on the results matrix's scale `Inte uppnått`, on the
 * factor scale `Saknas` and `Svagt`. Keyed by the level's key, so a renamed label stays weak.
 */
export const WEAK_RATING_KEYS: ReadonlySet<string> = new Set(['notAchieved', '0', '1']);

export function isWeak(level: ScaleLevel | null): boolean {
  return level !== null && !level.notAssessable && WEAK_RATING_KEYS.has(level.key);
}

/** The label of a code with its path below its framework's top, e.g. `Projektledarens kompetens › Nätverksbyggare`. */
export function codePath(ctx: ReportContext, code: Code): string {
  const parts = [ctx.label(code)];
  const seen = new Set([code.id]);
  for (let up = code.parentId === null ? undefined : ctx.codeById.get(code.parentId); up && !seen.has(up.id); up = up.parentId === null ? undefined : ctx.codeById.get(up.parentId)) {
    seen.add(up.id);
    if (up.matrixCell === null && up.frameworkId === 'results-matrix') break;
    parts.unshift(ctx.label(up));
  }
  return parts.join(' › ');
}
