import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENCRYPTED_MAGIC, errorValues, readEvaluationFile, type EvaluationFileError } from '../../../../shared/exchange/evaluationFile';
import { catalogFor, translate } from '../../../../shared/i18n';
import { LATEST_VERSION } from '../../../../shared/migrations';
import { EVALUATION_FILES_DIR, nodeSha256 } from '../../../support/evaluationFileFixtures';
import { sha256Of } from '../../demo/demoFiles';

const good = new Uint8Array(readFileSync(new URL(`v${LATEST_VERSION}.sparbar`, EVALUATION_FILES_DIR)));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function errorOf(bytes: Uint8Array): Promise<EvaluationFileError> {
  const result = await readEvaluationFile(bytes, { sha256: nodeSha256 });
  if (result.ok) throw new Error('the damaged file was opened');
  expect(Object.keys(result)).toEqual(['ok', 'error']);
  return result.error;
}

/** The good file's entries changed by `change`; with `rehash` the manifest is made to agree with them. */
function altered(change: (entries: Record<string, Uint8Array>, manifest: Record<string, unknown>) => void, rehash = false): Uint8Array {
  const entries = unzipSync(good);
  const manifest = JSON.parse(text(entries['manifest.json'])) as Record<string, unknown> & { entries: Array<{ path: string; size: number; sha256: string }> };
  change(entries, manifest);
  if (rehash) manifest.entries = manifest.entries.map((e) => (entries[e.path] ? { ...e, size: entries[e.path]?.byteLength ?? 0, sha256: sha256Of(entries[e.path] as Uint8Array) } : e));
  if (!Object.hasOwn(entries, 'manifest.json') || text(entries['manifest.json']).startsWith('{')) entries['manifest.json'] = encode(manifest);
  return zipSync(entries);
}

function editRecords(table: string, edit: (records: Array<Record<string, unknown>>) => void) {
  return (entries: Record<string, Uint8Array>) => {
    const records = JSON.parse(text(entries[`records/${table}.json`])) as Array<Record<string, unknown>>;
    edit(records);
    entries[`records/${table}.json`] = encode(records);
  };
}

/** Where the stored bytes of an entry begin in the zip (after its local header). */
function dataOffset(zip: Uint8Array, name: string): number {
  const at = Buffer.from(zip).indexOf(Buffer.from(name, 'utf8'));
  const header = at - 30;
  const view = new DataView(zip.buffer, zip.byteOffset);
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}

describe('readEvaluationFile refuses a damaged file, each with its own error', () => {
  it('opens the good file the variants are made from', async () => {
    expect((await readEvaluationFile(good, { sha256: nodeSha256 })).ok).toBe(true);
  });

  it('a flipped byte inside an entry: damaged', async () => {
    const flipped = good.slice();
    const at = dataOffset(flipped, 'records/documentTexts.json') + 5;
    flipped[at] = (flipped[at] as number) ^ 0xff;
    expect(await errorOf(flipped)).toMatchObject({ code: 'damaged' });
  });

  it('no zip at all, or a truncated one: notZip', async () => {
    expect(await errorOf(encode('Rapport om besöksnäringen'))).toMatchObject({ code: 'notZip' });
    expect(await errorOf(good.slice(0, good.length - 30))).toMatchObject({ code: 'notZip' });
  });

  it("a zip without a manifest, or with another program's: notSparbar", async () => {
    expect(await errorOf(zipSync({ 'word/document.xml': encode('<w/>') }))).toEqual({ code: 'notSparbar' });
    expect(await errorOf(zipSync({ 'manifest.json': encode({ format: 'something-else' }) }))).toEqual({ code: 'notSparbar' });
  });

  it('a manifest that is not JSON, or lacks its entries: manifestMalformed', async () => {
    expect(await errorOf(altered((entries) => (entries['manifest.json'] = encode('not json'))))).toMatchObject({ code: 'manifestMalformed' });
    expect(await errorOf(altered((_, manifest) => delete manifest.entries))).toEqual({ code: 'manifestMalformed', detail: 'entries' });
  });

  it('an entry dropped: entryMissing, naming it', async () => {
    expect(await errorOf(altered((entries) => delete entries['records/projects.json']))).toEqual({ code: 'entryMissing', entry: 'records/projects.json' });
  });

  it('an entry changed behind the manifest: hashMismatch, naming it', async () => {
    const changed = altered(editRecords('projects', (records) => (records[0] = { ...records[0], name: 'Ändrat namn' })));
    expect(await errorOf(changed)).toEqual({ code: 'hashMismatch', entry: 'records/projects.json' });
  });

  it('a record that fails validation: invalidRecord, naming the table, the record and what is wrong', async () => {
    const badName = altered(editRecords('projects', (records) => (records[0] = { ...records[0], name: 5 })), true);
    expect(await errorOf(badName)).toEqual({ code: 'invalidRecord', table: 'projects', id: 'proj-7', problem: 'name: string' });
    const elsewhere = altered(editRecords('segments', (records) => (records[0] = { ...records[0], evaluationId: 'another' })), true);
    expect(await errorOf(elsewhere)).toMatchObject({ code: 'invalidRecord', table: 'segments', problem: 'belongs to another evaluation (another)' });
    const notAList = altered((entries) => (entries['records/codes.json'] = encode({ id: 'x' })), true);
    expect(await errorOf(notAList)).toEqual({ code: 'invalidRecord', table: 'codes', id: '', problem: 'not a JSON list' });
    const fewer = altered(editRecords('documents', (records) => records.pop()), true);
    const short = await errorOf(fewer);
    expect(short).toMatchObject({ code: 'invalidRecord', table: 'documents' });
    const [, found, said] = /^(\d+) records, the manifest says (\d+)$/.exec(short.code === 'invalidRecord' ? short.problem : '') ?? [];
    expect(Number(said) - Number(found)).toBe(1);
  });

  it('malformed report settings or a passage mark that is no flag: invalidRecord, naming what is wrong', async () => {
    const settingsWith = (patch: Record<string, unknown>) => altered(editRecords('reportSettings', (records) => (records[0] = { ...records[0], ...patch })), true);
    expect(await errorOf(settingsWith({ anonymise: 'ja' }))).toEqual({ code: 'invalidRecord', table: 'reportSettings', id: 'eval-7', problem: 'anonymise: boolean' });
    expect(await errorOf(settingsWith({ texts: { summary: 5 } }))).toEqual({ code: 'invalidRecord', table: 'reportSettings', id: 'eval-7', problem: 'texts: text by key' });
    expect(await errorOf(settingsWith({ sections: [{ id: 'summary', enabled: true }] }))).toMatchObject({ code: 'invalidRecord', table: 'reportSettings', problem: expect.stringMatching(/^sections: every section/) });
    expect(await errorOf(settingsWith({ quotesPerCategory: 21 }))).toEqual({ code: 'invalidRecord', table: 'reportSettings', id: 'eval-7', problem: 'quotesPerCategory: 0..20' });
    expect(await errorOf(settingsWith({ people: [{ name: 'Eva' }] }))).toEqual({ code: 'invalidRecord', table: 'reportSettings', id: 'eval-7', problem: 'people: name and role' });
    expect(await errorOf(settingsWith({ logo: { fileName: 'a.gif', mimeType: 'image/gif', base64: '', width: 1, height: 1 } }))).toMatchObject({ table: 'reportSettings', problem: expect.stringMatching(/^logo:/) });
    expect(await errorOf(settingsWith({ template: { fileName: 'mall.dotx' } }))).toMatchObject({ table: 'reportSettings', problem: 'template: fileName and stylesXml' });
    expect(await errorOf(settingsWith({ evaluationId: 'another' }))).toMatchObject({ table: 'reportSettings', problem: 'belongs to another evaluation (another)' });
    const twice = altered(
      (entries, manifest) => {
        editRecords('reportSettings', (records) => records.push({ ...records[0] }))(entries);
        (manifest.counts as Record<string, number>).reportSettings = 2;
      },
      true,
    );
    expect(await errorOf(twice)).toMatchObject({ table: 'reportSettings', id: 'eval-7', problem: 'the same id twice' });
    const badMark = altered(editRecords('segments', (records) => (records[0] = { ...records[0], inReport: 'yes' })), true);
    expect(await errorOf(badMark)).toMatchObject({ code: 'invalidRecord', table: 'segments', problem: 'inReport: flag' });
  });

  it('a schema or a format newer than this app: newerSchema or newerFormat, naming both versions', async () => {
    expect(await errorOf(altered((_, manifest) => (manifest.schemaVersion = LATEST_VERSION + 1)))).toEqual({ code: 'newerSchema', fileVersion: LATEST_VERSION + 1, appVersion: LATEST_VERSION });
    expect(await errorOf(altered((_, manifest) => (manifest.formatVersion = 2)))).toEqual({ code: 'newerFormat', fileVersion: 2, appVersion: 1 });
  });

  it('an encrypted container (SPARBARE…): encrypted', async () => {
    const container = new Uint8Array(ENCRYPTED_MAGIC.length + good.length);
    container.set(ENCRYPTED_MAGIC);
    container.set(good, ENCRYPTED_MAGIC.length);
    expect(await errorOf(container)).toEqual({ code: 'encrypted' });
  });

  it('words every error in Swedish and English, with what it names', () => {
    const errors: EvaluationFileError[] = [
      { code: 'encrypted' },
      { code: 'notZip', detail: 'x' },
      { code: 'damaged', detail: 'bad CRC' },
      { code: 'notSparbar' },
      { code: 'manifestMalformed', detail: 'entries' },
      { code: 'newerFormat', fileVersion: 2, appVersion: 1 },
      { code: 'newerSchema', fileVersion: 9, appVersion: 8 },
      { code: 'entryMissing', entry: 'records/projects.json' },
      { code: 'hashMismatch', entry: 'records/segments.json' },
      { code: 'invalidRecord', table: 'projects', id: 'proj-7', problem: 'name: string' },
    ];
    for (const language of ['sv', 'en'] as const) {
      for (const error of errors) {
        const message = translate(catalogFor(language), `evaluationFile.${error.code}`, errorValues(error));
        expect(message).not.toMatch(/evaluationFile\.|\{\{/);
        // A file that is no zip is named as such: the reader's technical detail would say nothing more.
        if (error.code !== 'notZip') for (const value of Object.values(errorValues(error))) expect(message).toContain(String(value));
      }
    }
    expect(translate(catalogFor('sv'), 'evaluationFile.newerSchema', { fileVersion: 9, appVersion: 8 })).toContain('schemaversion 9; den här versionen känner till 8');
  });
});
