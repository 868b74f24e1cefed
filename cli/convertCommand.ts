// `sparbar convert FILE --out F`: an evaluation file (.sparbar, encrypted ones opened with
// --passphrase-file) to a REFI-QDA project (.qdpx) on the same shared/ code as the app
// (shared/exchange/refi/writeQdpx.ts), or a REFI-QDA project to an evaluation file (cli/convertFromQdpx.ts),
// chosen by the two files' extensions.
import packageJson from '../package.json';
import { escapeControlChars } from '../shared/base/printableName';
import { readEvaluationFile, webSha256 } from '../shared/exchange/evaluationFile';
import { writeQdpx } from '../shared/exchange/refi';
import { catalogFor, translate } from '../shared/i18n';
import type { ConvertArgs } from './cliArgs';
import { convertFromQdpx } from './convertFromQdpx';
import { evaluationFileBytes, fileErrorMessage, type CommandIo } from './openEvaluationFile';
import { passphraseOf } from './passphraseFile';
import { writeWhole } from './writeWhole';

const sha256 = webSha256(globalThis.crypto.subtle);

/** The file name's extension in lower case, without its dot ('' when it has none). */
function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Runs convert; resolves to the exit status (0 written, 1 the file was refused or not written, 2 a direction it does not know). */
export async function runConvert(args: ConvertArgs, io: CommandIo): Promise<number> {
  const catalog = catalogFor(args.language);
  const from = extensionOf(args.file);
  const to = extensionOf(args.out);
  if (from === 'sparbar' && to === 'qdpx') return toQdpx(args, catalog, io);
  if ((from === 'qdpx' || from === 'qde') && to === 'sparbar') return convertFromQdpx({ file: args.file, out: args.out, language: args.language }, io);
  io.stderr(`sparbar: ${translate(catalog, 'cliConvert.direction')}\n${translate(catalog, 'cli.seeHelp')}\n`);
  return 2;
}

async function toQdpx(args: ConvertArgs, catalog: object, io: CommandIo): Promise<number> {
  const given = await passphraseOf(args.passphraseFile, catalog);
  if ('problem' in given) {
    io.stderr(`sparbar: ${given.problem}\n`);
    return 1;
  }
  const { passphrase } = given;
  const opened = await evaluationFileBytes(args.file, passphrase, catalog);
  if ('problem' in opened) {
    io.stderr(`sparbar: ${opened.problem}\n`);
    return 1;
  }
  const read = await readEvaluationFile(opened.bytes, { sha256 });
  if (!read.ok) {
    io.stderr(`sparbar: ${escapeControlChars(args.file)}: ${fileErrorMessage(read.error, catalog)}\n`);
    return 1;
  }
  const { tables } = read.snapshot;
  const bytes = writeQdpx(read.snapshot, { language: args.projectLanguage, origin: `Spårbar ${packageJson.version}`, now: new Date().toISOString() });
  const problem = await writeWhole(args.out, bytes, catalog);
  if (problem !== null) {
    io.stderr(`sparbar: ${problem}\n`);
    return 1;
  }
  const documents = new Set((tables.documents ?? []).map((d) => d.id));
  const count = (key: string, n: number) => translate(catalog, `cliConvert.${key}`, { count: n });
  const values = {
    path: escapeControlChars(args.out),
    title: escapeControlChars(read.manifest.evaluation.title),
    documents: count('documents', documents.size),
    passages: count('passages', (tables.segments ?? []).filter((s) => documents.has(s.documentId)).length),
    codes: count('codes', (tables.codes ?? []).length),
    cases: count('cases', (tables.projects ?? []).length),
    size: bytes.byteLength,
  };
  io.stdout(`${translate(catalog, 'cliConvert.written', values)}\n${translate(catalog, 'cliConvert.leftOut')}\n`);
  return 0;
}
