// convertFromQdpx (what `sparbar convert x.qdpx --out y.sparbar` runs): a project written here made into an
// evaluation file the app opens, its counts and losses printed; a refused project and an unwritable
// output each one line on stderr and status 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFromQdpx } from '../../../cli/convertFromQdpx';
import { readEvaluationFile } from '../../../shared/exchange/evaluationFile';
import { nodeSha256 } from '../../support/evaluationFileFixtures';
import { projectQdeText, qdpxBytes, selection, textSource } from '../../support/refiProjects';

let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sparbar-qdpx-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (text: string) => (out.stdout += text), stderr: (text: string) => (out.stderr += text) } };
}

let n = 0;
const deps = { newId: () => `id-${++n}`, now: () => '2026-12-07T10:00:00.000Z' };

const S1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const project = projectQdeText(
  `<Sources>${textSource(S1, 'Intervju', 'internal://one.txt', selection('5e1ec700-0000-4000-8000-000000000001', 0, 9))}<PictureSource guid="aaaaaaaa-0000-4000-8000-000000000002" name="foto.jpg"/></Sources>`,
);

describe('convertFromQdpx', () => {
  it('writes the project as an evaluation file and prints counts and losses (Swedish)', async () => {
    const file = path.join(work, 'studie.qdpx');
    const out = path.join(work, 'studie.sparbar');
    writeFileSync(file, qdpxBytes({ 'project.qde': project, 'sources/one.txt': 'Samverkan mellan kommuner' }));
    const run = io();
    expect(await convertFromQdpx({ file, out, language: 'sv' }, run.io, deps)).toBe(0);
    expect(run.out.stderr).toBe('');
    expect(run.out.stdout).toBe(
      [
        `${out} skrevs: utvärderingen ”Intervjustudie”.`,
        '  1 dokument, 2 koder, 1 kodat avsnitt, 0 projekt (fall), 0 registeruppgifter (variabler), 1 kodare, 0 memon',
        'Det här kom inte med:',
        '  - 1 bild kom inte med: Spårbar kodar text, inte bilder. Det gäller: foto.jpg',
        '',
      ].join('\n'),
    );
    const read = await readEvaluationFile(new Uint8Array(readFileSync(out)), { sha256: nodeSha256 });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.manifest.evaluation.title).toBe('Intervjustudie');
    expect(read.snapshot.tables.segments?.map((s) => (s.quote as { exact: string }).exact)).toEqual(['Samverkan']);
  });

  it('says in English that nothing was lost', async () => {
    const file = path.join(work, 'clean.qde');
    writeFileSync(file, projectQdeText(''));
    const run = io();
    expect(await convertFromQdpx({ file, out: path.join(work, 'clean.sparbar'), language: 'en' }, run.io, deps)).toBe(0);
    expect(run.out.stdout.split('\n').slice(1, 3)).toEqual(['  0 documents, 2 codes, 0 coded passages, 0 projects (cases), 0 register fields (variables), 0 coders, 0 memos', 'Everything in the project came over.']);
  });

  it('refuses a damaged project with one line and status 1, and writes nothing', async () => {
    const file = path.join(work, 'broken.qdpx');
    const out = path.join(work, 'broken.sparbar');
    writeFileSync(file, qdpxBytes({ 'sources/a.txt': 'x' }));
    const run = io();
    expect(await convertFromQdpx({ file, out, language: 'en' }, run.io, deps)).toBe(1);
    expect(run.out.stdout).toBe('');
    expect(run.out.stderr).toBe(`sparbar: ${file}: The archive holds no project.qde, so it is not a REFI-QDA project. Choose a .qdpx file exported by NVivo, MAXQDA, ATLAS.ti or QualCoder.\n`);
    expect(() => readFileSync(out)).toThrow();
  });

  it('says why when the project cannot be read or the output not written', async () => {
    const run = io();
    expect(await convertFromQdpx({ file: path.join(work, 'missing.qdpx'), out: path.join(work, 'x.sparbar'), language: 'en' }, run.io, deps)).toBe(1);
    expect(run.out.stderr).toMatch(/^sparbar: .*missing\.qdpx.*\n$/);
    const file = path.join(work, 'ok.qde');
    writeFileSync(file, projectQdeText(''));
    const second = io();
    expect(await convertFromQdpx({ file, out: path.join(work, 'no-such-folder', 'x.sparbar'), language: 'en' }, second.io, deps)).toBe(1);
    expect(second.out.stderr).toMatch(/^sparbar: .*no-such-folder.*ENOENT.*\n$/);
  });
});
