import { BLOCK_KINDS, type BlockKind } from '../shared/domain/document';
import { catalogFor, translate, type Language } from '../shared/i18n';
import { FORMAT_NAMES } from '../shared/ingest/documents/detect/detectFormat';
import type { ImportWarning } from '../shared/domain/importWarning';
import { importErrorKey } from '../shared/domain/importError';
import { importErrorValues } from '../shared/domain/importErrorValues';
import { escapeControlChars } from '../shared/base/printableName';
import { formatByteSize } from '../shared/base/byteSize';
import { wordCount } from '../shared/text/wordCount';
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
  /** An earlier file of the same run with the same text (an import would mark this one as its twin). */
  twinOf?: { file: string; similarity: number };
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) count++;
  }
  return count;
}

/** A size for people: "250,3 MB" in Swedish, "250.3 MB" in English (the app's one helper). */
export function formatBytes(bytes: number, language: Language): string {
  return formatByteSize(bytes, language);
}

function warningMessage(warning: ImportWarning, language: Language): string {
  return translate(catalogFor(language), `importWarning.${warning.code}`, warning.values ?? {});
}

function errorMessage(outcome: FileOutcome, name: string, path: string, language: Language, maxFileBytes: number): { code: string; message: string } | null {
  if (outcome.status === 'imported') return null;
  if (outcome.status === 'unreadable') {
    return { code: outcome.problem, message: translate(catalogFor(language), `cli.${outcome.problem}`, { path: escapeControlChars(path), reason: outcome.reason }) };
  }
  const values = {
    name: escapeControlChars(name),
    size: formatBytes(outcome.size ?? 0, language),
    max: formatBytes(maxFileBytes, language),
    ...importErrorValues(outcome.code, outcome.values ?? {}, language),
  };
  return { code: outcome.code, message: translate(catalogFor(language), importErrorKey(outcome.code, 'importError'), values) };
}

export function toJson(path: string, name: string, outcome: FileOutcome, language: Language, maxFileBytes: number): InspectJson {
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
export function errorReport(file: string, message: string, detail: string, language: Language): string {
  const catalog = catalogFor(language);
  const lines = [escapeControlChars(file), `  ${translate(catalog, 'cli.label.error')}: ${message}`];
  if (detail) lines.push(`  ${translate(catalog, 'cli.label.detail')}: ${escapeControlChars(detail)}`);
  return lines.join('\n');
}

/** One file's result as the plain output prints it: the path, then indented facts. */
export function toText(entry: InspectJson, outcome: FileOutcome, language: Language): string {
  const catalog = catalogFor(language);
  const label = (name: string): string => translate(catalog, `cli.label.${name}`);
  const lines = [escapeControlChars(entry.file)];
  if (entry.error) return errorReport(entry.file, entry.error.message, outcome.status === 'failed' ? outcome.detail : '', language);
  const counts = new Map<BlockKind, number>();
  for (const block of entry.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
  const byKind = BLOCK_KINDS.filter((kind) => counts.has(kind)).map((kind) => `${translate(catalog, `cli.blockKind.${kind}`)} ${counts.get(kind)}`);
  const format = entry.format as keyof typeof FORMAT_NAMES;
  lines.push(`  ${label('format')}: ${FORMAT_NAMES[format]} (${format})`);
  lines.push(`  ${label('pages')}: ${entry.pageCount ?? label('none')}`);
  lines.push(`  ${label('blocks')}: ${entry.blocks.length}${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''}`);
  lines.push(`  ${label('characters')}: ${entry.characters}`);
  lines.push(`  ${label('words')}: ${entry.words}`);
  for (const warning of entry.warnings) lines.push(`  ${label('warning')}: ${warning.message}`);
  return lines.join('\n');
}
