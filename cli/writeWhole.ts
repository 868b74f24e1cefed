// A file the command line writes is written beside its target and renamed, so an interrupted run never
// leaves half a file under its name.
import { rename, rm, writeFile } from 'node:fs/promises';
import { escapeControlChars } from '../shared/base/printableName';
import { translate } from '../shared/i18n';

/** Writes `bytes` to `path` whole; resolves to null, or to the line saying why it could not be written. */
export async function writeWhole(path: string, bytes: Uint8Array, catalog: object): Promise<string | null> {
  const partial = `${path}.part`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, path);
    return null;
  } catch (error) {
    await rm(partial, { force: true });
    return translate(catalog, 'cli.file.notWritten', { path: escapeControlChars(path), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
