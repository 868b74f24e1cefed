import { BLOCK_KINDS, type BlockKind } from '../shared/domain/document';
import { en } from '../shared/i18n/en';
import { sv } from '../shared/i18n/sv';
import { translate } from '../shared/i18n/catalog';
import { FORMAT_NAMES } from '../shared/ingest/documents/detect/detectFormat';
import type { ImportWarning } from '../shared/domain/importWarning';
import { importErrorKey } from '../shared/ingest/importError';
import { wordCount } from '../shared/text/wordCount';
import { CLI_MESSAGES, type CliLanguage } from './cliMessages';
import type { FileOutcome } from './inspectFile';

/** One file's result as `--json` prints it. */
export interface InspectJson {
  file: string;
  format: string | null;
  pageCount: number | null;
  characters: number | null;
  words: number | null;
  warnings: Array<{ code: string; values: Record<string, string | number>; message: string }>;
  error: { code: string; message: string } | null;
  blocks: Array<{ kind: BlockKind; level: number | null; page: string | null; running?: 'header' | 'footer'; text: string }>;
}

const APP_CATALOGS = { sv, en } as const;

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count++;
  }
  return count;
}

/** A size for people: "250,3 MB" in Swedish, "250.3 MB" in English. */
export function formatBytes(bytes: number, language: CliLanguage): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'kB'] : [bytes, 'B'];
  const text = unit === 'B' ? String(value) : value.toFixed(1);
  return `${language === 'sv' ? text.replace('.', ',') : text} ${unit}`;
}

function warningMessage(warning: ImportWarning, language: CliLanguage): string {
  return translate(APP_CATALOGS[language], `importWarning.${warning.code}`, warning.values ?? {});
}

function errorMessage(outcome: FileOutcome, name: string, path: string, language: CliLanguage, maxFileBytes: number): { code: string; message: string } | null {
  if (outcome.status === 'imported') return null;
  if (outcome.status === 'unreadable') {
    return { code: outcome.problem, message: translate(CLI_MESSAGES[language], outcome.problem, { path, reason: outcome.reason }) };
  }
  const values = { name, size: formatBytes(outcome.size ?? 0, language), max: formatBytes(maxFileBytes, language) };
  return { code: outcome.code, message: translate(APP_CATALOGS[language], importErrorKey(outcome.code, 'importError'), values) };
}

export function toJson(path: string, name: string, outcome: FileOutcome, language: CliLanguage, maxFileBytes: number): InspectJson {
  const error = errorMessage(outcome, name, path, language, maxFileBytes);
  if (outcome.status !== 'imported') return { file: path, format: null, pageCount: null, characters: null, words: null, warnings: [], error, blocks: [] };
  const { document } = outcome;
  return {
    file: path,
    format: document.format,
    pageCount: document.pageCount,
    characters: characterCount(document.text),
    words: wordCount(document.text),
    warnings: document.warnings.map((warning) => ({ code: warning.code, values: warning.values ?? {}, message: warningMessage(warning, language) })),
    error: null,
    blocks: document.blocks.map((block) => ({
      kind: block.kind,
      level: block.level,
      page: block.page,
      ...(block.running ? { running: block.running } : {}),
      text: document.text.slice(block.start, block.end),
    })),
  };
}

/** A file that could not be read, as the plain output prints it: the path, the error and its detail. */
export function errorReport(file: string, message: string, detail: string, language: CliLanguage): string {
  const m = CLI_MESSAGES[language];
  return [file, `  ${m.label.error}: ${message}`, ...(detail ? [`  ${m.label.detail}: ${detail}`] : [])].join('\n');
}

/** One file's result as the plain output prints it: the path, then indented facts. */
export function toText(entry: InspectJson, outcome: FileOutcome, language: CliLanguage): string {
  const m = CLI_MESSAGES[language];
  const lines = [entry.file];
  if (entry.error) return errorReport(entry.file, entry.error.message, outcome.status === 'failed' ? outcome.detail : '', language);
  const counts = new Map<BlockKind, number>();
  for (const block of entry.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  const byKind = BLOCK_KINDS.filter((kind) => counts.has(kind)).map((kind) => `${m.blockKind[kind]} ${counts.get(kind)}`);
  const format = entry.format as keyof typeof FORMAT_NAMES;
  lines.push(`  ${m.label.format}: ${FORMAT_NAMES[format]} (${format})`);
  lines.push(`  ${m.label.pages}: ${entry.pageCount ?? m.label.none}`);
  lines.push(`  ${m.label.blocks}: ${entry.blocks.length}${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''}`);
  lines.push(`  ${m.label.characters}: ${entry.characters}`);
  lines.push(`  ${m.label.words}: ${entry.words}`);
  for (const warning of entry.warnings) lines.push(`  ${m.label.warning}: ${warning.message}`);
  return lines.join('\n');
}
