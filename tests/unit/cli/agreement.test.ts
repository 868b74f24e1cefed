import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURES, runCli } from './cliHarness';

// The demo file of the current schema: two evaluators, the second coding two reports apart.
const DEMO = path.join(FIXTURES, 'evaluationFiles', 'demo-v13.sparbar');
// A file with one coder.
const ONE_CODER = path.join(FIXTURES, 'evaluationFiles', 'v13.sparbar');

interface Figures {
  units: number;
  disagreements: number;
  percent: number | null;
  kappa: number | null;
  alpha: number | null;
}

beforeAll(() => {
  buildCli();
});

describe('sparbar agreement', () => {
  it('prints the figures per code and overall, by the document unit unless told otherwise', () => {
    const run = runCli(['agreement', DEMO]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${DEMO}: samstämmighet mellan kodare`);
    expect(lines[1]).toBe('Enhet: dokument. Kodare: Karin Lindqvist, Omar Haddad. Dokument som minst två kodat: 2.');
    expect(lines[3]).toMatch(/^Kod\s+Enheter\s+Oeniga\s+Procent lika\s+Cohens kappa\s+Krippendorffs alfa$/);
    // Hög delaktighet: both coders used it in both reports: 2 units, alike, and no kappa or alpha (no variation).
    expect(lines.find((l) => l.startsWith('Hög delaktighet '))).toMatch(/^Hög delaktighet\s+2\s+0\s+100,0\s+–\s+–$/);
    // Samarbete: the first coder used it in both reports, the second in neither: kappa 0 (po 0, pe 0), alpha −0.5.
    expect(lines.find((l) => l.startsWith('Samarbete '))).toMatch(/^Samarbete\s+2\s+2\s+0,0\s+0,000\s+−0,500$/);
    expect(lines.find((l) => l.startsWith('Alla koder '))).toMatch(/^Alla koder\s+\d+\s+\d+\s+\d+,\d\s+-?\d,\d{3}\s+-?\d,\d{3}$/);
    expect(run.stdout).toMatch(/\d+ oenigheter återstår; avgjorda i den gemensamma kodningen: 0\./);
  });

  it('--json --unit paragraph gives the same figures as data, with English words where asked', () => {
    const run = runCli(['agreement', DEMO, '--unit', 'paragraph', '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { unit: string; coders: string[]; documents: string[]; overall: { before: Figures; after: Figures }; codes: { label: string; before: Figures; after: Figures }[]; disagreements: { open: number; resolved: number } };
    expect(result.unit).toBe('paragraph');
    expect(result.coders).toEqual(['Karin Lindqvist', 'Omar Haddad']);
    expect(result.documents).toHaveLength(2);
    // Every code is compared on the same paragraphs: the two reports' blocks.
    const units = new Set(result.codes.map((c) => c.before.units));
    expect(units.size).toBe(1);
    expect(result.overall.before.units).toBe([...units][0] as number * result.codes.length);
    expect(result.overall.before.disagreements).toBe(result.codes.reduce((n, c) => n + c.before.disagreements, 0));
    expect(result.overall.before.kappa).toBeGreaterThan(0);
    expect(result.overall.before.kappa).toBeLessThan(1);
    // Nothing resolved yet: after is before.
    expect(result.overall.after).toEqual(result.overall.before);
    expect(result.disagreements).toEqual({ open: result.overall.before.disagreements, resolved: 0 });
    const english = runCli(['agreement', DEMO, '--unit', 'character', '--lang', 'en']);
    expect(english.stdout).toContain('Unit: character. Coders: Karin Lindqvist, Omar Haddad.');
    expect(english.stdout).toMatch(/\nAll codes\s+\d+/);
  });

  it('says in one line why when the file has one coder, and refuses an unknown unit as a usage error', () => {
    const one = runCli(['agreement', ONE_CODER]);
    expect(one.status).toBe(1);
    expect(one.stderr).toBe(`sparbar: ${ONE_CODER}: Samstämmighet kräver minst två kodare; filen har 1.\n`);
    const bad = runCli(['agreement', DEMO, '--unit', 'ord']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('sparbar: Enheten måste vara document, paragraph eller character, inte ord.');
  });
});
