import { stat } from 'node:fs/promises';

export type FileProblem = 'notFound' | 'notAFile' | 'unreadable';

/** A file's size, or why it cannot be read (missing, a folder, no permission …). */
export async function fileSize(path: string): Promise<{ size: number } | { status: 'unreadable'; problem: FileProblem; reason: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { status: 'unreadable', problem: 'notAFile', reason: '' };
    return { size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 'unreadable', problem: code === 'ENOENT' ? 'notFound' : 'unreadable', reason: code ?? String(error) };
  }
}
