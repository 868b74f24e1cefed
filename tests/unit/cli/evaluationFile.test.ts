import { unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvaluationFile } from '../../../shared/exchange/evaluationFile';
import { LATEST_VERSION } from '../../../shared/migrations';
import { nodeSha256 } from '../../support/evaluationFileFixtures';
import { buildCli, FIXTURES, runCli } from './cliHarness';

let work = '';
let demoFile = '';

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'sparbar-evfile-'));
  demoFile = path.join(work, 'demo.sparbar');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The demo file with one entry changed, the manifest left as it was (or with its schema version raised). */
function altered(name: string, change: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(new Uint8Array(readFileSync(demoFile)));
  change(entries);
  const file = path.join(work, name);
  writeFileSync(file, zipSync(entries));
  return file;
}

describe('sparbar demo, info and verify', () => {
  it('demo --out writes the demo evaluation as a file the app opens', async () => {
    const run = runCli(['demo', '--out', demoFile]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Skrev .*demo\.sparbar: Delutvärdering av Lärande för tillväxt i Mellanbygden \(\d+ byte\)\.\n$/);
    const read = await readEvaluationFile(new Uint8Array(readFileSync(demoFile)), { sha256: nodeSha256 });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.snapshot.tables.segments?.length).toBeGreaterThan(10);
    expect(read.snapshot.tables.originals?.length).toBe(read.snapshot.tables.documents?.length);
  });

  it('info prints the manifest and the records per table, in Swedish and as JSON', () => {
    const run = runCli(['info', demoFile]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([demoFile, '  format: sparbar-evaluation 1', expect.stringMatching(/^ {2}utvärdering: Delutvärdering av Lärande för tillväxt i Mellanbygden \([0-9a-f-]{36}\)$/), `  schemaversion: ${LATEST_VERSION}`]);
    expect(lines).toContain('    utvärderingar: 1');
    expect(lines).toContain('    projekt: 4');
    expect(lines).toContain('    loggrader: 0');
    const json = runCli(['info', '--json', demoFile]);
    const entry = JSON.parse(json.stdout) as { file: string; manifest: { schemaVersion: number; counts: Record<string, number>; entries: Array<{ path: string; sha256: string }> } };
    expect(entry.manifest.schemaVersion).toBe(LATEST_VERSION);
    expect(entry.manifest.counts.projects).toBe(4);
    expect(entry.manifest.entries.some((e) => e.path.startsWith('sources/') && /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
  });

  it('verify checks every hash, the schema and the records: in order, or exit 1 with a one-line reason', () => {
    const ok = runCli(['verify', '--lang', 'en', demoFile]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/: in order\. Delutvärdering av Lärande för tillväxt i Mellanbygden, schema version \d+, \d+ records and \d+ entries checked\.\n$/);
    const changed = altered('changed.sparbar', (entries) => {
      entries['records/projects.json'] = new TextEncoder().encode('[]');
    });
    const bad = runCli(['verify', changed]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('Innehållet i records/projects.json stämmer inte med utvärderingsfilens kontrollsumma');
    const newer = altered('newer.sparbar', (entries) => {
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
      entries['manifest.json'] = new TextEncoder().encode(JSON.stringify({ ...manifest, schemaVersion: LATEST_VERSION + 1 }));
    });
    const refused = runCli(['verify', '--lang', 'en', newer]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`sparbar: ${newer}: The evaluation file was saved by a newer Spårbar (schema version ${LATEST_VERSION + 1}; this version knows ${LATEST_VERSION}). Update Spårbar and try again.\n`);
  });

  it('verify opens every stored file of an older schema version', () => {
    const run = runCli(['verify', path.join(FIXTURES, 'evaluationFiles', 'v1.sparbar')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('i ordning. Utvärdering skriven av version 1, schemaversion 1');
  });

  it('says what is wrong with the command line or the file', () => {
    expect(runCli(['demo'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Ange filen att skriva med --out FIL.') });
    expect(runCli(['info', demoFile, demoFile])).toMatchObject({ status: 2, stderr: expect.stringContaining('sparbar info tar en utvärderingsfil (.sparbar).') });
    expect(runCli(['verify', '--passphrase-file', 'p.txt', demoFile])).toMatchObject({ status: 1, stderr: 'sparbar: Lösenfrasfilen p.txt kunde inte läsas (ENOENT).\n' });
    expect(runCli(['verify', demoFile, '--passphrase-file'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Flaggan --passphrase-file behöver ett värde.') });
    expect(runCli(['verify', path.join(work, 'missing.sparbar')])).toMatchObject({ status: 1, stderr: expect.stringContaining('finns inte') });
    expect(runCli(['info', path.join(FIXTURES, 'text', 'slutrapport-besoksnaring.txt')])).toMatchObject({ status: 1, stderr: expect.stringContaining('ingen utvärderingsfil från Spårbar') });
  });
});

describe('sparbar demo, info and verify with --passphrase-file', () => {
  it('encrypts the demo, and opens it only with the right passphrase and unchanged bytes', async () => {
    const secret = path.join(work, 'lösenfras.txt');
    const wrong = path.join(work, 'fel.txt');
    const empty = path.join(work, 'tom.txt');
    writeFileSync(secret, 'fjällräven korsar ängen\n');
    writeFileSync(wrong, 'fjällräven korsar ängen!\n');
    writeFileSync(empty, '\n');
    const encrypted = path.join(work, 'krypterad.sparbar');

    const written = runCli(['demo', '--out', encrypted, '--passphrase-file', secret]);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(encrypted));
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('SPARBARE');

    const verified = runCli(['verify', '--passphrase-file', secret, encrypted]);
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toMatch(/: i ordning\. Delutvärdering av Lärande för tillväxt i Mellanbygden, schemaversion/);
    const info = runCli(['info', '--json', '--passphrase-file', secret, encrypted]);
    expect(info.status).toBe(0);
    expect((JSON.parse(info.stdout) as { manifest: { counts: Record<string, number> } }).manifest.counts.segments).toBeGreaterThan(10);

    const without = runCli(['verify', encrypted]);
    expect(without.status).toBe(1);
    expect(without.stderr).toBe(`sparbar: ${encrypted}: Utvärderingsfilen är krypterad: ange lösenfrasen med --passphrase-file F.\n`);
    const mistaken = runCli(['verify', '--passphrase-file', wrong, encrypted]);
    expect(mistaken.status).toBe(1);
    expect(mistaken.stderr).toMatch(/^sparbar: .*: Fel lösenfras/);
    const blank = runCli(['demo', '--out', path.join(work, 'x.sparbar'), '--passphrase-file', empty]);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toBe(`sparbar: Lösenfrasfilen ${empty} är tom.\n`);

    const flipped = path.join(work, 'vänd.sparbar');
    const changed = bytes.slice();
    changed[changed.length - 100]! ^= 1;
    writeFileSync(flipped, changed);
    const tampered = runCli(['verify', '--passphrase-file', secret, flipped]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/Filen har ändrats eller skadats efter att den sparades: del 1 av 1 stämmer inte/);
  });
});
