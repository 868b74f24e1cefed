import type { TFunction } from 'i18next';

/** A framework in a URL and a <select>: its id, or `own` for the evaluator's own codes. */
export function frameworkValue(frameworkId: string | null): string {
  return frameworkId ?? 'own';
}

export function frameworkOf(value: string): string | null {
  return value === 'own' ? null : value;
}

export function frameworkName(t: TFunction, frameworkId: string | null): string {
  return t(`framework.${frameworkId ?? 'own'}`, { defaultValue: frameworkId ?? '' });
}
