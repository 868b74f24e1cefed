import { beforeAll, describe, expect, it } from 'vitest';
import { workFolder, buildCli, runCli } from './cliHarness';

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));
const latin1 = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

const inWork = workFolder('sparbar-cli-names-');

beforeAll(() => {
  buildCli();
});

describe('sparbar inspect: names and encodings', () => {
  it('shows a right-to-left override in a file name as its code point, in plain output and in errors', () => {
    const good = inWork('rapport\u202Excod.txt', 'Slutrapport\n\nText om Åmål.\n');
    const bad = inWork('tom\u2067.txt', '');
    const run = runCli(['inspect', good, bad]);
    expect(run.stdout).not.toMatch(BIDI);
    expect(run.stdout).toContain('rapport⟨U+202E⟩xcod.txt');
    expect(run.stdout).toContain('tom⟨U+2067⟩.txt');
  });

  it('keeps the name exact in --json, with the control written as a \\u escape', () => {
    const file = inWork('projekt\u202Excod.md', '# Rubrik\n\nText.\n');
    const run = runCli(['inspect', '--json', file]);
    expect(run.stdout).not.toMatch(BIDI);
    expect(run.stdout).toContain('projekt\\u202excod.md');
    expect((JSON.parse(run.stdout) as Array<{ file: string }>)[0]?.file).toBe(file);
  });

  it('warns that a text file mixes UTF-8 and Windows-1252, and reads both parts right', () => {
    const file = inWork('blandad.txt', Uint8Array.from([...utf8('Malmö och Västerås\n\n'), ...latin1('Växjö och Åmål\n')]));
    const run = runCli(['inspect', '--json', file]);
    const [entry] = JSON.parse(run.stdout) as Array<{ warnings: Array<{ code: string }>; blocks: Array<{ text: string }> }>;
    expect(entry?.warnings.map((w) => w.code)).toEqual(['mixedEncodings']);
    expect(entry?.blocks.map((b) => b.text)).toEqual(['Malmö och Västerås', 'Växjö och Åmål']);
    expect(runCli(['inspect', file]).stdout).toContain('  varning: Filen blandar teckenkodningar (UTF-8 och Windows-1252)');
  });

  it('reads a UTF-16 LE text file without a BOM instead of refusing it', () => {
    const text = 'Protokoll från Växjö\n\nÖver 40 företag deltog.\n';
    const file = inWork('protokoll.txt', Uint8Array.from(Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])));
    const run = runCli(['inspect', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  varning: Filen lästes som UTF-16.');
  });
});
