import type { ReportLanguage } from '../../domain/evaluation';
import { formatSwedishNumber } from '../../base/swedishNumber';
import { catalogFor, translate } from '../../i18n';

/** The report's fixed words in its language (the `report*` namespaces), with counts and numbers formatted. */
export interface ReportWords {
  language: ReportLanguage;
  /** A report word by its key within the report's namespaces (see `reportKey`). */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A count in the language's plural form: `key_one` for 1, else `key_other`, `{{count}}` formatted as a number. */
  n: (key: string, count: number, values?: Record<string, string | number>) => string;
  /** A word of any namespace by its full key, e.g. `documentType.slutrapport`. */
  full: (key: string, values?: Record<string, string | number>) => string;
  /** A number in the language's format (`1 250` in Swedish, `1,250` in English). */
  num: (value: number) => string;
}

/** The namespace a group of the report's words is kept in (shared/i18n/report*.ts); other words are in `reportBody`. */
const NAMESPACE_OF: Readonly<Record<string, string>> = {
  method: 'reportMethod',
  factors: 'reportFindings',
  notReached: 'reportFindings',
  conclusions: 'reportFindings',
  profile: 'reportAppendix',
  appendices: 'reportAppendix',
};

/** The full key of a report word: `method.heading` → `reportMethod.method.heading`, `contents` → `reportBody.contents`. */
export function reportKey(key: string): string {
  return `${NAMESPACE_OF[key.split('.')[0] ?? ''] ?? 'reportBody'}.${key}`;
}

const englishNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Words for a report in `language`. */
export function reportWords(language: ReportLanguage): ReportWords {
  const catalog = catalogFor(language);
  const num = (value: number) => (language === 'sv' ? formatSwedishNumber(value) : englishNumber.format(value));
  const full = (key: string, values: Record<string, string | number> = {}) => translate(catalog, key, values);
  const t = (key: string, values: Record<string, string | number> = {}) => full(reportKey(key), values);
  const n = (key: string, count: number, values: Record<string, string | number> = {}) => t(`${key}_${count === 1 ? 'one' : 'other'}`, { ...values, count: num(count) });
  return { language, t, n, full, num };
}
