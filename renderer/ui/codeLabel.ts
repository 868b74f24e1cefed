import type { Code } from '../../shared/domain';

export function codeLabel(code: Code, language: string): string {
  return language === 'en' ? code.labelEn || code.labelSv : code.labelSv;
}

/** A code's definition in the language, for a tooltip; empty when it has none. */
export function codeDefinition(code: Code, language: string): string {
  return language === 'en' ? code.definitionEn || code.definitionSv : code.definitionSv;
}
