// Builds the evaluation files of tests/fixtures/evaluationFiles: one .sparbar per released schema version
// from the stored migration fixtures (tests/fixtures/migrations), and the demo at the latest version.
// `EVALUATION_FILE_FIXTURES=write npx vitest run tests/unit/exchange/evaluationFile/fixtureFiles.test.ts` writes
// the files that are missing (a new schema version's); the files of released versions never change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildDemo } from '../../shared/demo/buildDemo';
import { parseDemoManifest } from '../../shared/demo/demoManifest';
import { demoSnapshot } from '../../shared/demo/demoSnapshot';
import { EVALUATION_TABLES, webSha256, writeEvaluationFile, type EvaluationSnapshot } from '../../shared/exchange/evaluationFile';
import { encodeUtf8 } from '../../shared/formats/encoding/utf8Encode';
import { LATEST_VERSION, migrateSnapshot, parseSnapshot, type Snapshot, type StoredRecord } from '../../shared/migrations';
import { counter, demoFiles, demoFrameworks, demoJson } from '../unit/demo/demoFiles';

export const EVALUATION_FILES_DIR = new URL('../fixtures/evaluationFiles/', import.meta.url);

export const SAVED_AT = '2026-01-15T09:00:00.000Z';
export const nodeSha256 = webSha256(globalThis.crypto.subtle);

function migrationFixture(version: number): Snapshot | null {
  try {
    return parseSnapshot(JSON.parse(readFileSync(new URL(`../fixtures/migrations/v${version}.json`, import.meta.url), 'utf8')));
  } catch {
    return null;
  }
}

/** The records of a schema version: its own fixture when it has an evaluation, else the nearest older one migrated. */
function recordsOfVersion(version: number): Snapshot {
  for (let from = version; from >= 1; from--) {
    const fixture = migrationFixture(from);
    if (fixture && (fixture.tables.evaluations ?? []).length > 0) return from === version ? fixture : migrateSnapshot(fixture, version);
  }
  throw new Error(`No migration fixture with an evaluation at or below v${version}`);
}

/** One evaluation of a fixture: its records in the evaluation's tables, each document with an original. */
export function versionSnapshot(version: number): EvaluationSnapshot {
  const all = recordsOfVersion(version);
  const evaluation = (all.tables.evaluations ?? [])[0] as StoredRecord;
  const mine = (r: StoredRecord) => (r.evaluationId ?? r.id) === evaluation.id;
  const tables: Record<string, StoredRecord[]> = {};
  for (const table of EVALUATION_TABLES) {
    const records = all.tables[table];
    if (records) tables[table] = records.filter(mine);
  }
  if (tables.documents) {
    tables.originals = tables.documents.map((d) => ({ documentId: d.id, evaluationId: d.evaluationId, bytes: encodeUtf8(`Original of ${String(d.fileName)}\n`) }));
  }
  return { version, tables };
}

/** The demo evaluation at the latest schema, with fixed ids and time. */
export function demoEvaluationSnapshot(): EvaluationSnapshot {
  const files = demoFiles();
  const records = buildDemo(parseDemoManifest(demoJson()), files, demoFrameworks(), counter('demo-'), SAVED_AT);
  return demoSnapshot(records, new Map([...files].map(([name, file]) => [name, file.bytes])));
}


/** Writes the fixture files that do not exist yet: the older ones stay as the release that wrote them. */
export async function writeFixtureFiles(): Promise<void> {
  const write = async (name: string, snapshot: () => EvaluationSnapshot, appVersion: string) => {
    const url = new URL(name, EVALUATION_FILES_DIR);
    if (!existsSync(url)) writeFileSync(url, await writeEvaluationFile(snapshot(), { appVersion, now: SAVED_AT, sha256: nodeSha256 }));
  };
  for (let version = 1; version <= LATEST_VERSION; version++) await write(`v${version}.sparbar`, () => versionSnapshot(version), `fixture-v${version}`);
  await write(`demo-v${LATEST_VERSION}.sparbar`, demoEvaluationSnapshot, '0.1.0');
}
