// `sparbar convert`: an evaluation file to a REFI-QDA project through the built command line, on the same
// shared/ writer as the app; encrypted files opened with --passphrase-file; and back, a project to an evaluation file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvaluationFile } from '../../../shared/exchange/evaluationFile';
import { nodeSha256 } from '../../support/evaluationFileFixtures';
import { elementsNamed, readQdpxForTest } from '../../support/qdpxProject';
import { projectXsdExists, validateAgainstProjectXsd } from '../exchange/refi/refiFixtures';
import { buildCli, runCli } from './cliHarness';

let work = '';
let demoFile = '';

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'sparbar-convert-'));
  demoFile = path.join(work, 'demo.sparbar');
  const run = runCli(['demo', '--out', demoFile]);
  if (run.status !== 0) throw new Error(run.stderr);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('sparbar convert FILE.sparbar --out FILE.qdpx', () => {
  it('writes the evaluation as a REFI-QDA project with every document, passage, code and project, and says what is left out', async () => {
    const out = path.join(work, 'demo.qdpx');
    const run = runCli(['convert', demoFile, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const read = await readEvaluationFile(new Uint8Array(readFileSync(demoFile)), { sha256: nodeSha256 });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const tables = read.snapshot.tables;
    const [documents, segments, codes, projects] = [tables.documents!.length, tables.segments!.length, tables.codes!.length, tables.projects!.length];
    expect(run.stdout).toBe(
      `Skrev ${out}: Delutvärdering av Lärande för tillväxt i Mellanbygden som REFI-QDA-projekt (${documents} dokument, ${segments} kodade citat, ${codes} koder, ${projects} projekt som fall; ${readFileSync(out).byteLength} byte).\n` +
        'Inte med, eftersom REFI-QDA saknar plats för dem: bedömningar, slutsatser, rekommendationer och dataset.\n',
    );
    const qdpx = readQdpxForTest(new Uint8Array(readFileSync(out)));
    expect(elementsNamed(qdpx.project, 'TextSource')).toHaveLength(documents);
    expect(elementsNamed(qdpx.project, 'PlainTextSelection')).toHaveLength(segments);
    expect(elementsNamed(qdpx.project, 'Code')).toHaveLength(codes);
    expect(elementsNamed(qdpx.project, 'Case')).toHaveLength(projects);
    // The evaluation's ids are UUIDs: the project keeps them as GUIDs.
    expect(elementsNamed(qdpx.project, 'TextSource').map((s) => s.attributes.guid).sort()).toEqual(tables.documents!.map((d) => d.id as string).sort());
    // Names in the evaluation's report language (Swedish), or the one --lang names.
    expect(elementsNamed(qdpx.project, 'Variable')[0]?.attributes.name).toBe('Projektkod');
    if (projectXsdExists) expect(await validateAgainstProjectXsd(qdpx.xml)).toEqual({ valid: true, errors: [] });
    const english = path.join(work, 'demo-en.qdpx');
    const en = runCli(['convert', '--lang', 'en', demoFile, '--out', english]);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^Wrote .*demo-en\.qdpx: .* as a REFI-QDA project \(\d+ documents, \d+ coded quotes, \d+ codes, 4 projects as cases; \d+ bytes\)\.\nNot in it, as REFI-QDA has no place for them: judgements, findings, recommendations and datasets\.\n$/);
    expect(elementsNamed(readQdpxForTest(new Uint8Array(readFileSync(english))).project, 'Variable')[0]?.attributes.name).toBe('Project code');
  });

  it('opens an encrypted evaluation file with --passphrase-file, and without it says how', () => {
    const secret = path.join(work, 'lösenfras.txt');
    writeFileSync(secret, 'fjällräven korsar ängen\n');
    const encrypted = path.join(work, 'krypterad.sparbar');
    expect(runCli(['demo', '--out', encrypted, '--passphrase-file', secret]).status).toBe(0);
    const out = path.join(work, 'krypterad.qdpx');
    const without = runCli(['convert', encrypted, '--out', out]);
    expect(without).toMatchObject({ status: 1, stderr: `sparbar: ${encrypted}: Utvärderingsfilen är krypterad: ange lösenfrasen med --passphrase-file F.\n` });
    expect(existsSync(out)).toBe(false);
    const withIt = runCli(['convert', encrypted, '--out', out, '--passphrase-file', secret]);
    expect(withIt.stderr).toBe('');
    expect(withIt.status).toBe(0);
    expect(elementsNamed(readQdpxForTest(new Uint8Array(readFileSync(out))).project, 'PlainTextSelection').length).toBeGreaterThan(10);
  });

  it('refuses a damaged file with one line and writes nothing; an unwritable target leaves no partial file', () => {
    const damaged = path.join(work, 'trasig.sparbar');
    writeFileSync(damaged, readFileSync(demoFile).subarray(0, 2000));
    const out = path.join(work, 'trasig.qdpx');
    const run = runCli(['convert', damaged, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^sparbar: .*trasig\.sparbar: [^\n]+\n$/);
    expect(existsSync(out)).toBe(false);
    const nowhere = runCli(['convert', demoFile, '--out', path.join(work, 'saknas', 'x.qdpx')]);
    expect(nowhere).toMatchObject({ status: 1, stderr: expect.stringMatching(/^sparbar: Filen .*x\.qdpx kunde inte skrivas \(ENOENT\)\.\n$/) });
    expect(readdirSync(work).filter((name) => name.endsWith('.part'))).toEqual([]);
  });
});

describe('sparbar convert: the other direction and usage', () => {
  it('makes the project an evaluation file again with the same documents, passages and codes', async () => {
    const qdpx = path.join(work, 'demo.qdpx');
    if (!existsSync(qdpx)) expect(runCli(['convert', demoFile, '--out', qdpx]).status).toBe(0);
    const back = path.join(work, 'tillbaka.sparbar');
    const run = runCli(['convert', qdpx, '--out', back]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [before, after] = await Promise.all([demoFile, back].map((file) => readEvaluationFile(new Uint8Array(readFileSync(file)), { sha256: nodeSha256 })));
    if (!before?.ok || !after?.ok) throw new Error('not read');
    for (const table of ['documents', 'segments', 'codes', 'projects'] as const) expect(after.snapshot.tables[table]?.length, table).toBe(before.snapshot.tables[table]?.length);
  });

  it('refuses other extensions, a missing --out and more than one file, as usage errors', () => {
    expect(runCli(['convert', demoFile, '--out', path.join(work, 'x.docx')])).toMatchObject({ status: 2, stderr: expect.stringContaining('sparbar convert gör en utvärderingsfil (FIL.sparbar) till ett REFI-QDA-projekt') });
    expect(runCli(['convert', demoFile])).toMatchObject({ status: 2, stderr: expect.stringContaining('Ange filen att skriva med --out FIL.') });
    expect(runCli(['convert', demoFile, demoFile, '--out', 'x.qdpx'])).toMatchObject({ status: 2 });
    expect(runCli(['--help']).stdout).toContain('sparbar convert FIL.sparbar --out PROJEKT.qdpx');
  });
});
