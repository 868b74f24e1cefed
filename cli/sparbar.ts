// The command line: `sparbar inspect FILE...` reads files with the same importers as the app (shared/),
// each in a worker thread it stops at the time limit; `sparbar demo|info|verify` write and check evaluation
// files (evaluationFileCommands.ts) and `sparbar report` writes the Word report of one (reportCommand.ts). Built by Vite into dist/cli/sparbar.mjs, which
// bin/sparbar.mjs runs; the bundle is also the worker's script.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { catalogFor, translate } from '../shared/i18n';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../shared/domain/importLimits';
import { parseArgs } from './cliArgs';
import { inspectFile } from './inspectFile';
import { isImportJob, runImportWorker } from './importWorker';
import { toJson, toText, type InspectJson } from './inspectReport';
import { inspectTable, isTableFile, tableToJson, tableToText, type TableJson } from './inspectTable';
import { createTwinFinder } from './twins';
import { runEvaluationFileCommand } from './evaluationFileCommands';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line; resolves to the exit status (0 all read, 1 a file failed, 2 usage error). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  const catalog = catalogFor(args.language);
  if (args.command === 'help') {
    io.stdout(`${translate(catalog, 'cli.help')}\n`);
    return 0;
  }
  if (args.command === 'usageError') {
    const message = translate(catalog, `cli.${args.key}`, args.values);
    const usage = translate(catalog, 'cli.usage');
    const seeHelp = translate(catalog, 'cli.seeHelp');
    io.stderr(args.key === 'usage' ? `${message}\n${seeHelp}\n` : `sparbar: ${message}\n${usage}\n${seeHelp}\n`);
    return 2;
  }
  if (args.command !== 'inspect') return runEvaluationFileCommand(args, io);
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...(args.timeoutMs === undefined ? {} : { timeoutMs: args.timeoutMs }) };
  const workerScript = fileURLToPath(import.meta.url);
  const entries: Array<InspectJson | TableJson> = [];
  const twinOf = createTwinFinder();
  let failed = 0;
  for (const path of args.files) {
    const name = basename(path);
    if (await isTableFile(path)) {
      const outcome = await inspectTable(path, name, args.sheet, limits.maxFileBytes);
      if (outcome.status !== 'read') failed++;
      const entry = tableToJson(path, name, outcome, args.language, limits.maxFileBytes, args.sheet);
      entries.push(entry);
      if (!args.json) io.stdout(`${entries.length > 1 ? '\n' : ''}${tableToText(entry, outcome, args.language)}\n`);
      continue;
    }
    const outcome = await inspectFile(path, name, { password: args.password, limits, workerScript });
    if (outcome.status !== 'imported') failed++;
    const twin = outcome.status === 'imported' ? twinOf(name, outcome.document) : null;
    const entry: InspectJson = { ...toJson(path, name, outcome, args.language, limits.maxFileBytes), ...(twin ? { twinOf: { file: twin.of, similarity: Math.round(twin.similarity * 100) / 100 } } : {}) };
    entries.push(entry);
    const twinLine = twin ? `\n${translate(catalog, 'cli.twin', { name, of: twin.of, percent: Math.round(twin.similarity * 100) })}` : '';
    if (!args.json) io.stdout(`${entries.length > 1 ? '\n' : ''}${toText(entry, outcome, args.language)}${twinLine}\n`);
  }
  if (args.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else if (args.files.length > 1) io.stdout(`\n${translate(catalog, 'cli.summary', { ok: args.files.length - failed, count: args.files.length })}\n`);
  return failed > 0 ? 1 : 0;
}

// Loaded as a worker's script: import the one file it was given.
if (!isMainThread && isImportJob(workerData)) void runImportWorker();
