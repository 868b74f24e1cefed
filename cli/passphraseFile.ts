// `--passphrase-file F`: the passphrase of an encrypted evaluation file, read from a file so it never
// appears in the shell's history or the process list.
import { escapeControlChars } from '../shared/base/printableName';
import { readFile } from 'node:fs/promises';
import { translate } from '../shared/i18n';

/** The file's first line (without its line end), or the message that says why there is none. */
export async function readPassphraseFile(path: string, catalog: object): Promise<{ passphrase: string } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { problem: translate(catalog, 'cli.passphraseUnreadable', { path: escapeControlChars(path), reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
  const passphrase = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return passphrase === '' ? { problem: translate(catalog, 'cli.passphraseEmpty', { path: escapeControlChars(path) }) } : { passphrase };
}

/** The passphrase of `--passphrase-file` when given (null when not), or the line saying why it could not be read. */
export async function passphraseOf(path: string | undefined, catalog: object): Promise<{ passphrase: string | null } | { problem: string }> {
  return path === undefined ? { passphrase: null } : readPassphraseFile(path, catalog);
}
