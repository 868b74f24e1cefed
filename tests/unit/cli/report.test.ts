import mammoth from 'mammoth';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './cliHarness';

let work = '';
let demoFile = '';

beforeAll(() => {
  buildCli();
  work = mkdtempSync(path.join(tmpdir(), 'sparbar-report-'));
  demoFile = path.join(work, 'demo.sparbar');
  const demo = runCli(['demo', '--out', demoFile]);
  if (demo.status !== 0) throw new Error(demo.stderr);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function htmlOf(file: string): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: readFileSync(file) }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] })).value;
}

const headings = (html: string) => [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));

describe('sparbar report', () => {
  it('writes the demo evaluation’s report from its file, progress on stderr, every quote footnoted', async () => {
    const out = path.join(work, 'rapport.docx');
    const run = runCli(['report', demoFile, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Skrev .*rapport\.docx: rapporten om Delutvärdering av Lärande för tillväxt i Mellanbygden \(\d+ byte, \d+\.\d s\)\.\n$/);
    const progress = run.stderr.trimEnd().split('\n');
    expect(progress.slice(0, 2)).toEqual(['Läser utvärderingsfilen…', 'Sätter samman rapporten…']);
    expect(progress.at(-1)).toBe('Skriver Word-dokumentet… 100 %');
    const html = await htmlOf(out);
    expect(headings(html)).toEqual(['Sammanfattning', 'Inledning', 'Metod och material', 'Resultat per nivå', 'Framgångs- och lärandefaktorer', 'Vad som inte nåddes', 'Slutsatser och rekommendationer', 'Bilagor']);
    const quotes = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => m[1] ?? '');
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) expect(quote).toMatch(/”<sup><a href="#footnote-\d+" id="footnote-ref-\d+">\[\d+\]<\/a><\/sup>/);
    expect(html).toMatch(/<li id="footnote-1"><p>[^<]+, ”[^”]+” \([^)]+\), s\. \d+\. Belägg \d+\./);
    // Nothing is left beside the report.
    expect(readdirSync(work).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('writes the report in English with --lang en', async () => {
    const out = path.join(work, 'report.docx');
    const run = runCli(['report', '--lang', 'en', demoFile, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*report\.docx: the report on /);
    expect(headings(await htmlOf(out))).toEqual(['Summary', 'Introduction', 'Method and material', 'Results per level', 'Success and learning factors', 'What was not reached', 'Conclusions and recommendations', 'Appendices']);
  });

  it('opens an encrypted file with --passphrase-file and says what is missing otherwise', () => {
    const secret = path.join(work, 'secret.txt');
    writeFileSync(secret, 'lösenfras för rapporten\n');
    const encrypted = path.join(work, 'encrypted.sparbar');
    expect(runCli(['demo', '--out', encrypted, '--passphrase-file', secret]).status).toBe(0);
    const without = runCli(['report', encrypted, '--out', path.join(work, 'x.docx')]);
    expect(without).toMatchObject({ status: 1, stderr: `sparbar: ${encrypted}: Utvärderingsfilen är krypterad: ange lösenfrasen med --passphrase-file F.\n` });
    expect(existsSync(path.join(work, 'x.docx'))).toBe(false);
    const out = path.join(work, 'encrypted.docx');
    expect(runCli(['report', encrypted, '--passphrase-file', secret, '--out', out]).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses a bad command line (exit 2) and a file that is no evaluation file (exit 1), writing nothing', () => {
    expect(runCli(['report', demoFile])).toMatchObject({ status: 2, stderr: expect.stringContaining('Ange filen att skriva med --out FIL.') });
    expect(runCli(['report', '--out', 'x.docx'])).toMatchObject({ status: 2, stderr: expect.stringContaining('sparbar report tar en utvärderingsfil (.sparbar).') });
    const notZip = path.join(work, 'not.sparbar');
    writeFileSync(notZip, 'inte en zip');
    const out = path.join(work, 'never.docx');
    const run = runCli(['report', notZip, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^sparbar: .*not\.sparbar: /);
    expect(existsSync(out)).toBe(false);
  });
});
