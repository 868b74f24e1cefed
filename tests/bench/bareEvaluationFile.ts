// The bare work an evaluation file is measured against (scripts/benchEvaluationFile.mjs), run in the
// app's page in Chromium: what any program must do to save or open the same records and bytes, and no
// more. Saving: Dexie bulkGet of the evaluation's records by key, the originals' bytes read, each table as
// JSON, fflate's zip of those bytes (level 6, as the app writes). Opening: fflate's unzip, each table's
// JSON parsed, Dexie bulkPut of the same records (originals as Blobs) into an empty database of the app's
// schema. Encrypted adds the same key derivation (Argon2id at the app's parameters) and one AES-256-GCM
// pass over the bytes. Built as a script for the page by tests/bench/vite.web.config.ts.
import type { IndexableType } from 'dexie';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { hashWasmArgon2id } from '../../shared/formats/crypto/argon2id';
import { DEFAULT_ARGON2ID } from '../../shared/formats/crypto';
import { EVALUATION_TABLES, type EvaluationTable } from '../../shared/exchange/evaluationFile';
import { entryLevel } from '../../shared/exchange/evaluationFile/entryLevel';
import { SparbarDatabase } from '../../renderer/store/dexie/db';

type Keys = Record<string, IndexableType[]>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let lastZip: Uint8Array = new Uint8Array();
let lastSealed: { iv: Uint8Array; bytes: Uint8Array } | null = null;

/** Argon2id at the app's parameters, then a one-pass AES-256-GCM key. */
async function key(): Promise<CryptoKey> {
  const raw = await hashWasmArgon2id({ password: encoder.encode('bench passphrase'), salt: new Uint8Array(16), memoryKiB: DEFAULT_ARGON2ID.memoryKiB, passes: DEFAULT_ARGON2ID.passes, lanes: DEFAULT_ARGON2ID.lanes, length: 32 });
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** The store's table of a file's table: texts are stored in pieces (schema v10), the same records the app reads. */
const STORE_TABLES = EVALUATION_TABLES.map((table) => (table === 'documentTexts' ? 'documentTextPieces' : table));
const storeTable = (table: EvaluationTable): string => (table === 'documentTexts' ? 'documentTextPieces' : table);

function keyOf(table: EvaluationTable, record: Record<string, unknown>): IndexableType {
  if (table === 'documentTexts') return [record.documentId, record.index] as IndexableType;
  if (table === 'originals') return record.documentId as string;
  if (table === 'keyMatches') return [record.evaluationId, record.key] as string[];
  if (table === 'reportSettings') return record.evaluationId as string;
  return record.id as string;
}

/** The primary keys of an evaluation's records (not timed). */
async function keys(evaluationId: string): Promise<Keys> {
  const db = new SparbarDatabase();
  await db.open();
  const result: Keys = {};
  for (const table of EVALUATION_TABLES) {
    const records = table === 'evaluations' ? [await db.evaluations.get(evaluationId)] : await db.table(storeTable(table)).where('evaluationId').equals(evaluationId).toArray();
    result[table] = records.map((record) => keyOf(table, record as Record<string, unknown>));
  }
  db.close();
  return result;
}

/** Saving, bare: returns ms and the bytes written. */
async function save(evaluationId: string, byTable: Keys, encrypt: boolean): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const db = new SparbarDatabase();
  await db.open();
  const files: Zippable = {};
  const records = await db.transaction('r', STORE_TABLES, async () => {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const table of EVALUATION_TABLES) out[table] = (await db.table(storeTable(table)).bulkGet(byTable[table] ?? [])) as Record<string, unknown>[];
    return out;
  });
  db.close();
  for (const table of EVALUATION_TABLES) {
    if (table !== 'originals') files[`records/${table}.json`] = encoder.encode(JSON.stringify(records[table]));
  }
  const originals = records.originals ?? [];
  const bytes = await Promise.all(originals.map((o) => (o.blob as Blob).arrayBuffer()));
  files['records/originals.json'] = encoder.encode(JSON.stringify(originals.map((o) => ({ documentId: o.documentId, evaluationId: o.evaluationId }))));
  originals.forEach((o, i) => (files[`sources/${String(o.documentId)}/original`] = new Uint8Array(bytes[i] as ArrayBuffer)));
  for (const [path, data] of Object.entries(files)) files[path] = [data as Uint8Array, { level: entryLevel(data as Uint8Array) }];
  lastZip = zipSync(files);
  let written = lastZip.byteLength;
  if (encrypt) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    lastSealed = { iv: iv as Uint8Array, bytes: new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), lastZip as Uint8Array<ArrayBuffer>)) };
    written = lastSealed.bytes.byteLength;
  }
  return { ms: performance.now() - start, bytes: written };
}

/** Opening, bare: the bytes the last save wrote, into an empty database; returns ms and records written. */
async function open(encrypt: boolean): Promise<{ ms: number; records: number }> {
  const scratch = new SparbarDatabase('sparbar-bench-bare');
  await scratch.delete();
  const db = new SparbarDatabase('sparbar-bench-bare');
  await db.open();
  const start = performance.now();
  let zip = lastZip;
  if (encrypt) {
    if (!lastSealed) throw new Error('bare open: nothing encrypted saved');
    zip = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: lastSealed.iv as Uint8Array<ArrayBuffer> }, await key(), lastSealed.bytes as Uint8Array<ArrayBuffer>));
  }
  const entries = unzipSync(zip);
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of EVALUATION_TABLES) tables[table] = JSON.parse(decoder.decode(entries[`records/${table}.json`])) as Record<string, unknown>[];
  tables.originals = (tables.originals ?? []).map((o) => ({ ...o, blob: new Blob([entries[`sources/${String(o.documentId)}/original`] as Uint8Array<ArrayBuffer>]) }));
  let count = 0;
  await db.transaction('rw', STORE_TABLES, async () => {
    for (const table of EVALUATION_TABLES) {
      const rows = tables[table] ?? [];
      count += rows.length;
      if (rows.length > 0) await db.table(storeTable(table)).bulkPut(rows);
    }
  });
  const ms = performance.now() - start;
  db.close();
  await db.delete();
  return { ms, records: count };
}

(globalThis as unknown as { sparbarBare: unknown }).sparbarBare = { keys, save, open };
