// An evaluation file's plain bytes, read from disk and decrypted when it is encrypted: what `info`,
// `verify` and `report` read first, each with one line on why when they cannot.
import { escapeControlChars } from '../shared/base/printableName';
import { readFile } from 'node:fs/promises';
import { translate } from '../shared/i18n';
import { containerErrorMessage, decryptContainer, isEncryptedContainer } from '../shared/formats/crypto';
import { fileSize } from './fileSize';
import { errorValues, type EvaluationFileError } from '../shared/exchange/evaluationFile';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** An evaluation file's refusal in the catalog's words. */
export function fileErrorMessage(error: EvaluationFileError, catalog: object): string {
  return translate(catalog, `evaluationFile.${error.code}`, errorValues(error));
}

const containerDeps = { crypto: globalThis.crypto };

/** The file's bytes, or the message that says why they cannot be read (also for `convert` of a .qdpx). */
export async function readBytes(path: string, catalog: object): Promise<Uint8Array | string> {
  const size = await fileSize(path);
  if ('problem' in size) return translate(catalog, `cli.${size.problem}`, { path: escapeControlChars(path), reason: size.reason });
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    return translate(catalog, 'cli.unreadable', { path: escapeControlChars(path), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** The evaluation file's zip bytes (decrypted with `passphrase` when it is encrypted), or the line saying why not. */
export async function evaluationFileBytes(path: string, passphrase: string | null, catalog: object): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const stored = await readBytes(path, catalog);
  if (typeof stored === 'string') return { problem: stored };
  if (!isEncryptedContainer(stored)) return { bytes: stored };
  if (passphrase === null) return { problem: `${path}: ${translate(catalog, 'cli.encryptedNeedsPassphrase')}` };
  const opened = await decryptContainer(stored, passphrase, containerDeps);
  if (!opened.ok) {
    const { key, values } = containerErrorMessage(opened.error);
    return { problem: `${path}: ${translate(catalog, key, values)}` };
  }
  return { bytes: opened.bytes };
}
