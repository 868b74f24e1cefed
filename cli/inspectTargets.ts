import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A file `inspect` reads: named on the command line, or found in a folder named there (then one line). */
export interface InspectTarget {
  path: string;
  name: string;
  /** From a folder: the file's verdict in one line. */
  brief: boolean;
}

/**
 * The files to inspect: each path as given, but a folder by its files (not its subfolders), in name
 * order. A path that cannot be listed is kept as given, so that inspecting it says why.
 */
export async function inspectTargets(paths: readonly string[]): Promise<InspectTarget[]> {
  const targets: InspectTarget[] = [];
  for (const path of paths) {
    let folder = false;
    try {
      folder = (await stat(path)).isDirectory();
    } catch {
      folder = false;
    }
    if (!folder) {
      targets.push({ path, name: basename(path), brief: false });
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
    if (entries === null) {
      targets.push({ path, name: basename(path), brief: false });
      continue;
    }
    const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of files) targets.push({ path: join(path, name), name, brief: true });
  }
  return targets;
}
