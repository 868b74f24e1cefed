import type { Code } from './code';

/**
 * A code's label as shown in a language ('en' for English, anything else Swedish): its label in that
 * language, or the other language's where that one is empty or only white space (e.g. a code imported
 * with a name in one language only). The one rule for the UI and the report.
 */
export function codeLabel(code: Pick<Code, 'labelSv' | 'labelEn'>, language: string): string {
  const own = language === 'en' ? code.labelEn : code.labelSv;
  const other = language === 'en' ? code.labelSv : code.labelEn;
  return own.trim() !== '' ? own : other;
}

/** A code's definition in the language, for a tooltip; the Swedish one in English when there is no English; empty when it has none. */
export function codeDefinition(code: Pick<Code, 'definitionSv' | 'definitionEn'>, language: string): string {
  return language === 'en' ? code.definitionEn || code.definitionSv : code.definitionSv;
}
