// Runs the built command line the way `npx sparbar` does: node bin/sparbar.mjs, from the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { pdfOf } from '../../fixtures/hostile/hostilePdfs';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

/** Builds dist/cli/sparbar.mjs with the command the bin uses (`npm run build:cli`). */
export function buildCli(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'buildCli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build:cli failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'sparbar.mjs'))) throw new Error('build:cli wrote no dist/cli/sparbar.mjs');
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sparbar.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One file's entry of `--json` output. */
export interface JsonEntry {
  file: string;
  format: string | null;
  pageCount: number | null;
  characters: number | null;
  words: number | null;
  warnings: Array<{ code: string; values: Record<string, string | number>; message: string }>;
  error: { code: string; message: string } | null;
  blocks: Array<{ kind: string; level: number | null; page: string | null; running?: string; text: string }>;
}

export function runJson(args: readonly string[]): { status: number | null; entries: JsonEntry[]; stderr: string } {
  const run = runCli(['inspect', '--json', ...args]);
  return { status: run.status, entries: JSON.parse(run.stdout) as JsonEntry[], stderr: run.stderr };
}

/** A one-page PDF with a line of text in Helvetica (WinAnsi), with a correct cross-reference table. */
export function tinyPdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  return pdfOf(objects);
}

/**
 * A temporary folder for a test file's inputs, made before its tests and removed after them (call at the
 * top of the file); returns what writes a file into it and gives its path.
 */
export function workFolder(prefix: string): (name: string, bytes: Uint8Array | string) => string {
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  return (name, bytes) => {
    const file = path.join(work, name);
    writeFileSync(file, bytes);
    return file;
  };
}
