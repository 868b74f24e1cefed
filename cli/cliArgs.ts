import { AGREEMENT_UNITS, type AgreementUnit } from '../shared/domain/agreementRun';
import type { Language } from '../shared/i18n';

export interface InspectArgs {
  command: 'inspect';
  files: string[];
  json: boolean;
  password: string | undefined;
  language: Language;
  timeoutMs: number | undefined;
  /** For .xlsx tables: the sheet to read. */
  sheet: string | undefined;
}

/** `sparbar demo --out FILE`, `sparbar info FILE [--json]`, `sparbar verify FILE`: evaluation files, encrypted with `--passphrase-file F`. */
export type EvaluationFileArgs =
  | { command: 'demo'; out: string; language: Language; passphraseFile: string | undefined }
  | { command: 'info'; file: string; json: boolean; language: Language; passphraseFile: string | undefined }
  | { command: 'verify'; file: string; language: Language; passphraseFile: string | undefined }
  /** `sparbar report FILE --out F.docx`: `reportLanguage` is --lang when given, else the evaluation's own report language. */
  | { command: 'report'; file: string; out: string; language: Language; reportLanguage: Language | undefined; passphraseFile: string | undefined }
  /** `sparbar agreement FILE [--unit U] [--json]`: inter-coder agreement per code and overall (unit: the document by default). */
  | { command: 'agreement'; file: string; unit: AgreementUnit; json: boolean; language: Language; passphraseFile: string | undefined };

/**
 * `sparbar convert FILE --out F`: an evaluation file to a REFI-QDA project (.qdpx) or back, by the files'
 * extensions (convertCommand.ts). `projectLanguage` is --lang when given, else the evaluation's report language.
 */
export interface ConvertArgs {
  command: 'convert';
  file: string;
  out: string;
  language: Language;
  projectLanguage: Language | undefined;
  passphraseFile: string | undefined;
}

export type ParsedArgs =
  | InspectArgs
  | EvaluationFileArgs
  | ConvertArgs
  | { command: 'help'; language: Language }
  /** A usage error: `key` is a key of the `cli` namespace (or a whole key with its namespace), `values` fill it. */
  | { command: 'usageError'; language: Language; key: string; values: Record<string, string> };

/** The language asked for anywhere on the command line, so even usage errors come in it. */
export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en') return 'en';
  }
  return 'sv';
}

/**
 * Parses `sparbar inspect [options] FILE...`, `sparbar demo --out FILE`, `sparbar info [--json] FILE`,
 * `sparbar verify FILE`, `sparbar report FILE --out FILE.docx` and `sparbar convert FILE --out FILE`; options may come before or after the files, `--` ends them.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const language = languageOf(argv);
  const usage = (key: string, values: Record<string, string> = {}): ParsedArgs => ({ command: 'usageError', language, key, values });
  const positional: string[] = [];
  let json = false;
  let password: string | undefined;
  let timeoutMs: number | undefined;
  let sheet: string | undefined;
  let out: string | undefined;
  let passphraseFile: string | undefined;
  let unit: AgreementUnit = 'document';
  let lang: Language = 'sv';
  let langGiven = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq !== -1 && arg.startsWith('--')) return arg.slice(eq + 1);
      const value = argv[i + 1];
      if (value === undefined) return null;
      i++;
      return value;
    };
    switch (name) {
      case '-h':
      case '--help':
        help = true;
        break;
      case '--json':
        json = true;
        break;
      case '--password': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        password = value;
        break;
      }
      case '--sheet': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        sheet = value;
        break;
      }
      case '--out': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        out = value;
        break;
      }
      case '--unit': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        const known = AGREEMENT_UNITS.find((u) => u === value);
        if (known === undefined) return usage('agreement.cli.badUnit', { value });
        unit = known;
        break;
      }
      case '--passphrase-file': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        passphraseFile = value;
        break;
      }
      case '--lang': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        if (value !== 'sv' && value !== 'en') return usage('badLanguage', { value });
        lang = value;
        langGiven = true;
        break;
      }
      case '--timeout-ms': {
        const value = takeValue();
        if (value === null) return usage('missingValue', { option: name });
        if (!/^\d+$/.test(value) || Number(value) < 1) return usage('badTimeout', { value });
        timeoutMs = Number(value);
        break;
      }
      default:
        return usage('unknownOption', { option: arg });
    }
  }
  if (help) return { command: 'help', language: lang };
  const [command, ...files] = positional;
  if (command === undefined) return usage('usage');
  if (command === 'demo') {
    if (files.length > 0) return usage('unexpected', { value: files[0] as string });
    return out === undefined ? usage('missingOut') : { command, out, language: lang, passphraseFile };
  }
  if (command === 'report') {
    if (files.length !== 1) return usage('oneFile', { command });
    if (out === undefined) return usage('missingOut');
    return { command, file: files[0] as string, out, language: lang, reportLanguage: langGiven ? lang : undefined, passphraseFile };
  }
  if (command === 'convert') {
    if (files.length !== 1) return usage('oneFile', { command });
    if (out === undefined) return usage('missingOut');
    return { command, file: files[0] as string, out, language: lang, projectLanguage: langGiven ? lang : undefined, passphraseFile };
  }
  if (command === 'agreement') {
    if (files.length !== 1) return usage('oneFile', { command });
    return { command, file: files[0] as string, unit, json, language: lang, passphraseFile };
  }
  if (command === 'info' || command === 'verify') {
    if (files.length !== 1) return usage('oneFile', { command });
    const file = files[0] as string;
    return command === 'info' ? { command, file, json, language: lang, passphraseFile } : { command, file, language: lang, passphraseFile };
  }
  if (command !== 'inspect') return usage('unknownCommand', { command });
  if (files.length === 0) return usage('noFiles');
  return { command: 'inspect', files, json, password, language: lang, timeoutMs, sheet };
}
