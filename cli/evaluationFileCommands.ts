// `sparbar demo`, `sparbar info`, `sparbar verify` and (reading the file here) `sparbar report`: evaluation files (.sparbar) on the same shared/
// code as the app (shared/exchange/evaluationFile).
import { escapeControlChars } from '../shared/base/printableName';
import packageJson from '../package.json';
import { catalogFor, translate } from '../shared/i18n';
import { EVALUATION_TABLES, readEvaluationFile, readEvaluationManifest, webSha256, writeEvaluationFile, type Manifest } from '../shared/exchange/evaluationFile';
import type { EvaluationFileArgs } from './cliArgs';
import { evaluationFileBytes, fileErrorMessage, type CommandIo } from './openEvaluationFile';
import { passphraseOf } from './passphraseFile';
import { encryptContainer } from '../shared/formats/crypto';
import { demoEvaluation } from './demoEvaluation';
import { writeReport } from './reportCommand';
import { printAgreement } from './agreementCommand';
import { writeWhole } from './writeWhole';

const sha256 = webSha256(globalThis.crypto.subtle);


/** `info` as text: the manifest and the records per table, in the catalog's words. */
function infoText(path: string, manifest: Manifest, catalog: object): string {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(catalog, `cli.file.${key}`, values);
  const totalSize = manifest.entries.reduce((sum, entry) => sum + entry.size, 0);
  const tables = EVALUATION_TABLES.filter((table) => manifest.counts[table] !== undefined).map((table) => `    ${translate(catalog, `cli.table.${table}`)}: ${manifest.counts[table]}`);
  return [
    path,
    `  ${t('format')}: ${manifest.format} ${manifest.formatVersion}`,
    `  ${t('evaluation')}: ${escapeControlChars(manifest.evaluation.title)} (${escapeControlChars(manifest.evaluation.id)})`,
    `  ${t('schema')}: ${manifest.schemaVersion}`,
    `  ${t('saved')}: ${t('savedBy', { at: manifest.savedAt, appVersion: manifest.appVersion })}`,
    `  ${t('entries')}: ${t('entriesValue', { count: manifest.entries.length, size: totalSize })}`,
    `  ${t('records')}:`,
    ...tables,
  ].join('\n');
}

const containerDeps = { crypto: globalThis.crypto };

async function demo(out: string, passphrase: string | null, catalog: object, io: CommandIo): Promise<number> {
  const now = new Date().toISOString();
  const snapshot = await demoEvaluation(sha256, now);
  const plain = await writeEvaluationFile(snapshot, { appVersion: packageJson.version, now, sha256 });
  const bytes = passphrase === null ? plain : await encryptContainer(plain, passphrase, containerDeps);
  const problem = await writeWhole(out, bytes, catalog);
  if (problem !== null) {
    io.stderr(`sparbar: ${problem}\n`);
    return 1;
  }
  const title = String(snapshot.tables.evaluations?.[0]?.title ?? '');
  io.stdout(`${translate(catalog, 'cli.file.written', { path: escapeControlChars(out), title: escapeControlChars(title), size: bytes.byteLength })}\n`);
  return 0;
}

/** Runs demo, info, verify or report; resolves to the exit status (0 done, 1 the file was refused or not written). */
export async function runEvaluationFileCommand(args: EvaluationFileArgs, io: CommandIo): Promise<number> {
  const catalog = catalogFor(args.language);
  const given = await passphraseOf(args.passphraseFile, catalog);
  if ('problem' in given) {
    io.stderr(`sparbar: ${given.problem}\n`);
    return 1;
  }
  const { passphrase } = given;
  if (args.command === 'demo') return demo(args.out, passphrase, catalog, io);
  const opened = await evaluationFileBytes(args.file, passphrase, catalog);
  if ('problem' in opened) {
    io.stderr(`sparbar: ${opened.problem}\n`);
    return 1;
  }
  const { bytes } = opened;
  if (args.command === 'report') return writeReport(args, bytes, io);
  if (args.command === 'agreement') return printAgreement(args, bytes, io);
  if (args.command === 'info') {
    const read = readEvaluationManifest(bytes);
    if (args.json) {
      const entry = read.ok ? { file: args.file, manifest: read.manifest } : { file: args.file, error: { ...read.error, message: fileErrorMessage(read.error, catalog) } };
      io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
    } else if (read.ok) io.stdout(`${infoText(escapeControlChars(args.file), read.manifest, catalog)}\n`);
    else io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${fileErrorMessage(read.error, catalog)}\n`);
    return read.ok ? 0 : 1;
  }
  const read = await readEvaluationFile(bytes, { sha256 });
  if (!read.ok) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${fileErrorMessage(read.error, catalog)}\n`);
    return 1;
  }
  const records = Object.values(read.snapshot.tables).reduce((sum, list) => sum + list.length, 0);
  const values = { path: escapeControlChars(args.file), title: escapeControlChars(read.manifest.evaluation.title), schemaVersion: read.manifest.schemaVersion, records: translate(catalog, 'cli.file.recordCount', { count: records }), entries: translate(catalog, 'cli.file.entryCount', { count: read.manifest.entries.length }) };
  io.stdout(`${translate(catalog, 'cli.file.verified', values)}\n`);
  return 0;
}
