import { isNonNegativeInteger, isOneOf, isRecord, isString } from '../../base/guards';
import { MAX_QUOTES_PER_CATEGORY, REPORT_SECTION_IDS } from '../../domain/reportSettings';
import { isSectionOrder } from '../../domain/reportSettingsEdit';
import type { StoredRecord } from '../../migrations';

const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

function isSection(value: unknown): value is { id: (typeof REPORT_SECTION_IDS)[number]; enabled: boolean } {
  return isRecord(value) && isOneOf(REPORT_SECTION_IDS, value.id) && typeof value.enabled === 'boolean';
}

function logoProblem(logo: unknown): string | null {
  if (logo === null) return null;
  if (!isRecord(logo)) return 'logo: object?';
  if (!isString(logo.fileName) || !isOneOf(LOGO_TYPES, logo.mimeType) || !isString(logo.base64)) return 'logo: fileName, mimeType (image/png|image/jpeg), base64';
  if (!isNonNegativeInteger(logo.width) || !isNonNegativeInteger(logo.height)) return 'logo: width, height (integers)';
  return null;
}

/**
 * What is wrong inside a report-settings record whose top-level fields have their kinds (recordShapes.ts),
 * or null: every section named once with a flag, texts that are strings, a number of quotes in range,
 * people with a name and a role, a logo and a template as the report reads them.
 */
export function reportSettingsProblem(record: StoredRecord): string | null {
  const { sections, texts, quotesPerCategory, people, template } = record;
  if (!Array.isArray(sections) || !sections.every(isSection) || !isSectionOrder(sections)) return `sections: every section (${REPORT_SECTION_IDS.join(', ')}) once, with enabled`;
  if (!isRecord(texts) || !Object.values(texts).every(isString)) return 'texts: text by key';
  if (!isNonNegativeInteger(quotesPerCategory) || quotesPerCategory > MAX_QUOTES_PER_CATEGORY) return `quotesPerCategory: 0..${MAX_QUOTES_PER_CATEGORY}`;
  if (!Array.isArray(people) || !people.every((p) => isRecord(p) && isString(p.name) && isString(p.role))) return 'people: name and role';
  const logo = logoProblem(record.logo);
  if (logo) return logo;
  if (template !== null && !(isRecord(template) && isString(template.fileName) && isString(template.stylesXml))) return 'template: fileName and stylesXml';
  return null;
}
