// One line per file for `sparbar inspect FOLDER`: read (with its figures) or not (with why and what to do).
import { catalogFor, translate, type Language } from '../shared/i18n';
import { escapeControlChars } from '../shared/base/printableName';
import { FORMAT_NAMES } from '../shared/ingest/documents/detect/detectFormat';
import type { InspectJson } from './inspectReport';
import type { TableJson } from './inspectTable';

function count(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}

/** A document's verdict: `name: read (Word; pages 3; blocks 40; characters 12 000; warnings 1)` or why not. */
export function documentVerdict(entry: InspectJson, name: string, language: Language): string {
  const catalog = catalogFor(language);
  const file = escapeControlChars(name);
  if (entry.error) return translate(catalog, 'cli.verdict.refused', { file, message: entry.error.message });
  const label = (key: string): string => translate(catalog, `cli.label.${key}`);
  const facts = [
    FORMAT_NAMES[entry.format as keyof typeof FORMAT_NAMES] ?? String(entry.format),
    `${label('pages')} ${entry.pageCount === null ? label('none') : count(entry.pageCount, language)}`,
    `${label('blocks')} ${count(entry.blocks.length, language)}`,
    `${label('characters')} ${count(entry.characters ?? 0, language)}`,
    `${translate(catalog, 'cli.verdict.warnings')} ${count(entry.warnings.length, language)}`,
  ];
  return translate(catalog, 'cli.verdict.read', { file, facts: facts.join('; ') });
}

/** A table's verdict: `name: read (CSV; columns 4; rows 120; problems 0)` or why not. */
export function tableVerdict(entry: TableJson, name: string, language: Language): string {
  const catalog = catalogFor(language);
  const file = escapeControlChars(name);
  if (entry.error) return translate(catalog, 'cli.verdict.refused', { file, message: entry.error.message });
  const label = (key: string): string => translate(catalog, `cli.label.${key}`);
  const facts = [
    (entry.format ?? '').toUpperCase(),
    `${label('columns')} ${count(entry.columns.length, language)}`,
    `${label('rows')} ${count(entry.rowCount ?? 0, language)}`,
    `${translate(catalog, 'cli.verdict.problems')} ${count(entry.problems.length, language)}`,
  ];
  return translate(catalog, 'cli.verdict.read', { file, facts: facts.join('; ') });
}
