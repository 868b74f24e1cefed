// `sparbar convert x.qdpx --out y.sparbar`: a REFI-QDA project (.qdpx or .qde) made into an evaluation
// file by the same code as the app's import (shared/exchange/refi/readQdpx), with its counts and its
// data-loss report printed in the catalog's words. The `convert` command calls it for a .qdpx or .qde.
import { randomUUID } from 'node:crypto';
import packageJson from '../package.json';
import { escapeControlChars } from '../shared/base/printableName';
import { catalogFor, translate, type Language } from '../shared/i18n';
import { webSha256, writeEvaluationFile } from '../shared/exchange/evaluationFile';
import { countLines, readQdpx, reportLines } from '../shared/exchange/refi';
import { readBytes, type CommandIo } from './openEvaluationFile';
import { writeWhole } from './writeWhole';

export interface ConvertFromQdpxArgs {
  /** The .qdpx or .qde to read. */
  file: string;
  /** The .sparbar to write. */
  out: string;
  language: Language;
}

/** Effects a test may fix: ids and the time. */
export interface ConvertDeps {
  newId: () => string;
  now: () => string;
}

const DEFAULT_DEPS: ConvertDeps = { newId: randomUUID, now: () => new Date().toISOString() };

/**
 * Reads the project, writes the evaluation file, prints what came over and what did not; resolves to the
 * exit status (0 written, 1 the project was refused or the file not written, one line on stderr why).
 */
export async function convertFromQdpx(args: ConvertFromQdpxArgs, io: CommandIo, deps: ConvertDeps = DEFAULT_DEPS): Promise<number> {
  const catalog = catalogFor(args.language);
  const t = (key: string, values: Record<string, string | number> = {}) => translate(catalog, key, values);
  const path = escapeControlChars(args.file);
  const bytes = await readBytes(args.file, catalog);
  if (typeof bytes === 'string') {
    io.stderr(`sparbar: ${bytes}\n`);
    return 1;
  }
  const sha256 = webSha256(globalThis.crypto.subtle);
  const now = deps.now();
  const read = await readQdpx(bytes, { sha256, newId: deps.newId, now, untitledTitle: t('refiImport.untitledProject'), untitledCode: t('ui.refi.untitledCode') });
  if (!read.ok) {
    io.stderr(`sparbar: ${path}: ${t(`refiImport.errors.${read.error}`)}\n`);
    return 1;
  }
  const file = await writeEvaluationFile(read.snapshot, { appVersion: packageJson.version, now, sha256 });
  const problem = await writeWhole(args.out, file, catalog);
  if (problem !== null) {
    io.stderr(`sparbar: ${problem}
`);
    return 1;
  }
  const title = String(read.snapshot.tables.evaluations?.[0]?.title ?? '');
  const lines = reportLines(read.report, t);
  const out = [t('refiImport.written', { path: escapeControlChars(args.out), title: escapeControlChars(title) }), `  ${countLines(read.counts, t).join(', ')}`];
  if (lines.lost.length === 0) out.push(t('refiImport.noLoss'));
  else out.push(`${t('refiImport.lostHeading')}:`, ...lines.lost.map((line) => `  - ${escapeControlChars(line)}`));
  if (lines.notices.length > 0) out.push(`${t('refiImport.noticesHeading')}:`, ...lines.notices.map((line) => `  - ${escapeControlChars(line)}`));
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}
