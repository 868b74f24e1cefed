import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_REPORT, reportDocx, reportPdf } from '../../fixtures/twins/twinReports';
import { workFolder, buildCli, runCli, runJson } from './cliHarness';

const inWork = workFolder('sparbar-cli-twins-');

beforeAll(() => {
  buildCli();
});

describe('sparbar inspect: twins', () => {
  it('says which file repeats an earlier one in another format, as an import would mark it, and not the project’s other report', () => {
    const files = [inWork('delrapport.pdf', reportPdf()), inWork('slutrapport.docx', reportDocx(OTHER_REPORT)), inWork('delrapport.docx', reportDocx())];
    const run = runCli(['inspect', ...files]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('Samma text som'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Samma text som delrapport\.pdf \((9\d|100) % lika\): en import markerar delrapport\.docx som dubblett, och dess belägg räknas en gång\.$/);
    const json = runJson(files);
    const entries = json.entries as unknown as Array<{ file: string; twinOf?: { file: string; similarity: number } }>;
    expect(entries.map((e) => e.twinOf?.file ?? null)).toEqual([null, null, 'delrapport.pdf']);
    expect(entries[2]?.twinOf?.similarity).toBeGreaterThanOrEqual(0.9);
  });
});
