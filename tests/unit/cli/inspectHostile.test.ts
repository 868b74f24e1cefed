// Issue 13's Done: `sparbar inspect DIR` on a folder of sixty hostile and odd files finishes, one line per
// file, no stack trace, exit status 1 (some files are refused).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControlChars } from '../../../shared/base/printableName';
import { writeHostileFiles } from '../../fixtures/hostile/hostileSet';
import { buildCli, ROOT } from './cliHarness';

let dir = '';
let names: string[] = [];

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'sparbar-hostile-'));
  names = writeHostileFiles(dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sparbar inspect on a folder of sixty hostile files', () => {
  it('gives each file a one-line verdict and never a stack trace', () => {
    expect(names).toHaveLength(60);
    const started = Date.now();
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sparbar.mjs'), 'inspect', dir], { cwd: ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 24 });
    console.log(`sparbar inspect on ${names.length} hostile files: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const verdicts = lines.slice(0, names.length);
    expect(lines.slice(names.length)).toEqual(['', `${names.length - verdicts.filter((line) => line.includes(': inte läst. ')).length} av 60 filer lästes.`, '']);
    const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    verdicts.forEach((line, index) => {
      const name = escapeControlChars(sorted[index] as string);
      expect(line.startsWith(`${name}: läst (`) || line.startsWith(`${name}: inte läst. `), line).toBe(true);
    });
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.stdout).not.toContain('\u001b');
  }, 600_000);
});
