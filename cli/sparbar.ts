// The command line: `sparbar inspect FILE...` reads files with the same importers as the app (shared/),
// each in a worker thread it stops at the time limit (a folder's files each in one line); `sparbar
// demo|info|verify` write and check evaluation files (evaluationFileCommands.ts) and `sparbar report` writes
// the Word report of one (reportCommand.ts), `sparbar convert` a REFI-QDA project of one (convertCommand.ts). Built by Vite into dist/cli/sparbar.mjs, which bin/sparbar.mjs
// runs; the bundle is also the worker's script. No failure prints a stack trace: each is one line.
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { catalogFor, translate, type Language } from '../shared/i18n';
import { escapeBidiInJson, showBidiControls } from '../shared/base/bidiControls';
import { escapeControlChars } from '../shared/base/printableName';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../shared/domain/importLimits';
import { languageOf, parseArgs, type InspectArgs } from './cliArgs';
import { inspectFile } from './inspectFile';
import { isImportJob, runImportWorker } from './importWorker';
import { inspectTargets } from './inspectTargets';
import { toJson, toText, type InspectJson } from './inspectReport';
import { inspectTable, isTableFile, tableToJson, tableToText, type TableJson } from './inspectTable';
import { createTwinFinder } from './twins';
import { runEvaluationFileCommand } from './evaluationFileCommands';
import { runConvert } from './convertCommand';
import { documentVerdict, tableVerdict } from './verdictLine';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * What the command line prints, with bidirectional controls (in file names from the outside) shown as
 * their code points, so `rapport\u202Excod.pdf` cannot pass for "rapportfdp.docx" on a terminal.
 */
function withBidiShown(io: CliIo): CliIo {
  return { stdout: (text) => io.stdout(showBidiControls(text)), stderr: (text) => io.stderr(showBidiControls(text)) };
}

/** An unexpected error as one line: its name and the first line of its message, never its stack. */
export function unexpectedErrorLine(error: unknown, language: Language): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reason = escapeControlChars(text.split('\n', 1)[0] as string).slice(0, 300);
  return `sparbar: ${translate(catalogFor(language), 'cli.unexpectedError', { reason })}\n`;
}

/** Runs the command line; resolves to the exit status (0 all read, 1 a file failed or an error, 2 usage error). */
export async function main(argv: readonly string[], rawIo: CliIo = processIo): Promise<number> {
  const io = withBidiShown(rawIo);
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(unexpectedErrorLine(error, languageOf(argv)));
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const catalog = catalogFor(args.language);
  if (args.command === 'help') {
    io.stdout(`${translate(catalog, 'cli.help')}\n`);
    return 0;
  }
  if (args.command === 'usageError') {
    // A key with a namespace (agreement.cli.badUnit) is taken as it is; others are the cli namespace's.
    const message = translate(catalog, args.key.includes('.') ? args.key : `cli.${args.key}`, args.values);
    const usage = translate(catalog, 'cli.usage');
    const seeHelp = translate(catalog, 'cli.seeHelp');
    io.stderr(args.key === 'usage' ? `${message}\n${seeHelp}\n` : `sparbar: ${message}\n${usage}\n${seeHelp}\n`);
    return 2;
  }
  if (args.command === 'convert') return runConvert(args, io);
  if (args.command !== 'inspect') return runEvaluationFileCommand(args, io);
  return inspect(args, io, catalog);
}

async function inspect(args: InspectArgs, io: CliIo, catalog: object): Promise<number> {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...(args.timeoutMs === undefined ? {} : { timeoutMs: args.timeoutMs }) };
  const workerScript = fileURLToPath(import.meta.url);
  const entries: Array<InspectJson | TableJson> = [];
  const twinOf = createTwinFinder();
  const targets = await inspectTargets(args.files);
  let failed = 0;
  let previousBrief = true;
  const print = (text: string, brief: boolean) => {
    if (args.json) return;
    io.stdout(`${entries.length > 1 && !(brief && previousBrief) ? '\n' : ''}${text}\n`);
    previousBrief = brief;
  };
  for (const { path, name, brief } of targets) {
    if (await isTableFile(path)) {
      const outcome = await inspectTable(path, name, args.sheet, limits, workerScript);
      if (outcome.status !== 'read') failed++;
      const entry = tableToJson(path, name, outcome, args.language, limits.maxFileBytes, args.sheet);
      entries.push(entry);
      print(brief ? tableVerdict(entry, name, args.language) : tableToText(entry, outcome, args.language), brief);
      continue;
    }
    const outcome = await inspectFile(path, name, { password: args.password, limits, workerScript });
    if (outcome.status !== 'imported') failed++;
    // A folder's one-line verdicts name no twins.
    const twin = outcome.status === 'imported' && !brief ? twinOf(name, outcome.document) : null;
    const entry: InspectJson = { ...toJson(path, name, outcome, args.language, limits.maxFileBytes), ...(twin ? { twinOf: { file: twin.of, similarity: Math.round(twin.similarity * 100) / 100 } } : {}) };
    entries.push(entry);
    if (brief) {
      print(documentVerdict(entry, name, args.language), true);
      continue;
    }
    const twinValues = twin ? { name: escapeControlChars(name), of: escapeControlChars(twin.of), percent: Math.round(twin.similarity * 100) } : null;
    const twinLine = twinValues ? `\n${translate(catalog, 'cli.twin', twinValues)}` : '';
    print(`${toText(entry, outcome, args.language)}${twinLine}`, false);
  }
  // JSON keeps the names exact: a bidirectional control is written as its \u escape.
  if (args.json) io.stdout(`${escapeBidiInJson(JSON.stringify(entries, null, 2))}\n`);
  else if (targets.length > 1) io.stdout(`\n${translate(catalog, 'cli.summary', { ok: targets.length - failed, count: targets.length })}\n`);
  return failed > 0 ? 1 : 0;
}

// Loaded as a worker's script: import the one file it was given.
if (!isMainThread && isImportJob(workerData)) void runImportWorker();
