import type { Id } from './ids';
import type { RatingScale, ScaleLevel } from './judgement';

/** The framework whose codes are rated on the matrix scale; every other framework uses the factor scale. */
export const MATRIX_FRAMEWORK_ID = 'results-matrix';

/** The frameworks an evaluation gets a default scale for (those shipped under resources/frameworks/). */
export const DEFAULT_SCALE_FRAMEWORKS = ['results-matrix', 'learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'] as const;

const level = (key: string, labelSv: string, labelEn: string, colour: string, order: number, notAssessable = false): ScaleLevel => ({ key, labelSv, labelEn, colour, order, notAssessable });

/** 0 Saknas, 1 Svagt, 2 Delvis, 3 Starkt, plus Kan inte bedömas. */
export const FACTOR_SCALE_LEVELS: readonly ScaleLevel[] = [
  level('0', 'Saknas', 'Absent', '#d9534f', 0),
  level('1', 'Svagt', 'Weak', '#f0ad4e', 1),
  level('2', 'Delvis', 'Partly', '#f4e04d', 2),
  level('3', 'Starkt', 'Strong', '#5cb85c', 3),
  level('na', 'Kan inte bedömas', 'Cannot be assessed', '#bbbbbb', 4, true),
];

/** Uppnått, Delvis uppnått, Inte uppnått, För tidigt att säga. */
export const MATRIX_SCALE_LEVELS: readonly ScaleLevel[] = [
  level('achieved', 'Uppnått', 'Achieved', '#5cb85c', 0),
  level('partly', 'Delvis uppnått', 'Partly achieved', '#f4e04d', 1),
  level('notAchieved', 'Inte uppnått', 'Not achieved', '#d9534f', 2),
  level('tooEarly', 'För tidigt att säga', 'Too early to say', '#bbbbbb', 3, true),
];

/** The id of an evaluation's scale for a framework: derived, so every run (and the migration) agrees. */
export function scaleId(evaluationId: Id, frameworkId: string): Id {
  return `${evaluationId}:scale:${frameworkId}`;
}

/** The default scale of a framework for an evaluation. */
export function defaultScale(evaluationId: Id, frameworkId: string): RatingScale {
  const levels = frameworkId === MATRIX_FRAMEWORK_ID ? MATRIX_SCALE_LEVELS : FACTOR_SCALE_LEVELS;
  return { id: scaleId(evaluationId, frameworkId), evaluationId, frameworkId, levels: levels.map((l) => ({ ...l })) };
}

/** The default scales of every shipped framework for an evaluation. */
export function defaultScales(evaluationId: Id): RatingScale[] {
  return DEFAULT_SCALE_FRAMEWORKS.map((frameworkId) => defaultScale(evaluationId, frameworkId));
}

/** The evaluation's scale for a framework: the stored one, else the default. Levels in their order. */
export function scaleFor(scales: readonly RatingScale[], evaluationId: Id, frameworkId: string): RatingScale {
  const stored = scales.find((s) => s.evaluationId === evaluationId && s.frameworkId === frameworkId) ?? defaultScale(evaluationId, frameworkId);
  return { ...stored, levels: [...stored.levels].sort((a, b) => a.order - b.order) };
}

/** A scale level's label in a language (Swedish unless English is asked for). */
export function levelLabel(level: Pick<ScaleLevel, 'labelSv' | 'labelEn'>, language: string): string {
  return language.startsWith('en') ? level.labelEn : level.labelSv;
}
