import type { ReportLanguage } from '../domain/evaluation';
import { en } from './en';
import { sv } from './sv';

export { en, sv };
export { translate, type CatalogShape } from './catalog';

export const CATALOGS = { sv, en } as const;

export function catalogFor(language: ReportLanguage): object {
  return CATALOGS[language];
}
