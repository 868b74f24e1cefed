import type { Code } from '../../shared/domain';

export function codeLabel(code: Code, language: string): string {
  return language === 'en' ? code.labelEn || code.labelSv : code.labelSv;
}
