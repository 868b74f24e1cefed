import { wordCount } from '../../../shared/text/wordCount';
import type { ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import { importPlainText } from '../../support/plainText';
/** A fresh app database on fake-indexeddb per test, with the repositories over it and fixed effects. */
import 'fake-indexeddb/auto';
import resultsMatrixJson from '../../../resources/frameworks/results-matrix.json';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { sha256Hex, type RepositoryDeps } from '../../../renderer/store/dexie/deps';
import { createRepositories, type Repositories } from '../../../renderer/store/dexie/repositories';
import type { AuditEntry, DocumentType, EvaluationInput, Id, ProjectInput } from '../../../shared/domain';
import { emptyProjectInput } from '../../../shared/domain/project';
import { parseFramework } from '../../../shared/domain/framework';

export const NOW = '2026-11-22T09:00:00.000Z';
export const matrix = parseFramework(resultsMatrixJson);

export interface TestDeps extends RepositoryDeps {
  /** Sets what now() returns from here on. */
  setNow(value: string): void;
}

export function testDeps(): TestDeps {
  let n = 0;
  let now = NOW;
  return {
    newId: () => `id-${++n}`,
    now: () => now,
    sha256: sha256Hex,
    setNow: (value) => {
      now = value;
    },
  };
}

let databases = 0;

/** A database name no other test uses. */
export function uniqueName(label: string): string {
  return `test-${label}-${++databases}-${Math.random().toString(36).slice(2)}`;
}

export interface Harness {
  db: SparbarDatabase;
  deps: TestDeps;
  repos: Repositories;
}

export function openHarness(label: string): Harness {
  const db = new SparbarDatabase(uniqueName(label));
  const deps = testDeps();
  return { db, deps, repos: createRepositories(db, deps, () => [matrix]) };
}

export function evaluationInput(title = 'Delutvärdering av Mellanbygden'): EvaluationInput {
  return {
    title,
    programme: 'Lärande för tillväxt i Mellanbygden 2022–2025',
    agency: 'Tillväxtverket',
    evaluators: ['Karin Lindqvist'],
    periodStart: '2022-01-01',
    periodEnd: '2024-12-31',
    kind: 'interim',
    reportLanguage: 'sv',
  };
}

export function projectInput(name: string, overrides: Partial<ProjectInput> = {}): ProjectInput {
  return { ...emptyProjectInput(), name, municipalities: ['Eksjö'], level: 'lokal', budgetSek: 1250000, ...overrides };
}

export const REPORT_TEXT =
  'Delrapport 1 – Smart upphandling\r\n\r\nProjektet har prövat leverantörsträffar inför tre upphandlingar i Aneby, Eksjö och Sävsjö.\r\n\r\nResultatet blev fler anbud från lokala företag än tidigare år. Nätverket växer 👍🏽.\r\n';

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export interface ImportOptions {
  title?: string;
  type?: DocumentType;
  date?: string | null;
  fileName?: string;
  allowDuplicate?: boolean;
  mimeType?: string;
}

/** Parses UTF-8 text bytes the way the text import does (the repository stores what was parsed). */
export function parsedText(bytes: Uint8Array): ImportedDocument {
  const model = importPlainText(bytes);
  return { format: 'txt', text: model.text, blocks: model.blocks, pageCount: null, warnings: [], metadata: { title: null, author: null, organisation: null, date: null } };
}

/** Imports a text as a document and returns its id (fails the test on a duplicate). */
export async function importText(repos: Repositories, evaluationId: Id, projectId: Id | null, text: string, options: ImportOptions = {}): Promise<Id> {
  const bytes = utf8(text);
  const result = await repos.documents.store({
    evaluationId,
    projectId,
    type: options.type ?? 'delrapport',
    date: options.date === undefined ? '2024-03-31' : options.date,
    title: options.title ?? 'Delrapport 1',
    authorOrganisation: '',
    fileName: options.fileName ?? 'delrapport-1.txt',
    mimeType: options.mimeType ?? 'text/plain',
    bytes,
    imported: parsedText(bytes),
    wordCount: wordCount(text),
    allowDuplicate: options.allowDuplicate ?? false,
    replaces: null,
  });
  if (result.status !== 'imported') throw new Error('expected an import, got a duplicate');
  return result.document.id;
}

/** The id of the evaluation's copy of a framework code. */
export async function codeIdOf(repos: Repositories, evaluationId: Id, frameworkCodeId: string): Promise<Id> {
  const code = (await repos.codes.list(evaluationId)).find((c) => c.frameworkCodeId === frameworkCodeId);
  if (!code) throw new Error(`no code ${frameworkCodeId}`);
  return code.id;
}

/** Codes the first occurrence of a phrase in a document. */
export async function codePhrase(repos: Repositories, documentId: Id, phrase: string, codeId: Id) {
  const document = await repos.documents.getWithText(documentId);
  if (!document) throw new Error(`no document ${documentId}`);
  const start = document.text.indexOf(phrase);
  if (start < 0) throw new Error(`no ${phrase} in the document`);
  const step = await repos.coding.code(documentId, start, start + phrase.length, codeId);
  const change = step?.changes.find((c) => c.table === 'segments');
  if (!change?.after || change.table !== 'segments') throw new Error('coding changed nothing');
  return change.after;
}

/** Every table of the current schema. */
export const TABLES = [
  'evaluations',
  'projects',
  'documents',
  'documentTextPieces',
  'originals',
  'codes',
  'segments',
  'settings',
  'datasets',
  'datasetRowPieces',
  'keyMatches',
  'dataCodings',
  'undoRecords',
  'auditLog',
  'ratingScales',
  'judgements',
  'findings',
  'recommendations',
  'reportSettings',
  'agreementRuns',
] as const;
export type TableName = (typeof TABLES)[number];

/** Every row of every table (blobs as their bytes), to check that nothing changed; `except` leaves tables out. */
export async function snapshot(db: SparbarDatabase, except: readonly TableName[] = []): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const name of TABLES) {
    if (except.includes(name)) continue;
    const rows = (await db.table(name).toArray()) as Record<string, unknown>[];
    result[name] = await Promise.all(
      rows.map(async (row) => (row.blob instanceof Blob ? { ...row, blob: Array.from(new Uint8Array(await row.blob.arrayBuffer())) } : row)),
    );
  }
  return result;
}

/** The audit log in the order it was written (ids count up with the harness's newId). */
export async function auditLog(db: SparbarDatabase): Promise<AuditEntry[]> {
  const entries = await db.auditLog.toArray();
  return entries.sort((a, b) => Number(a.id.replace(/\D/g, '')) - Number(b.id.replace(/\D/g, '')));
}

/** How many rows of each table belong to an evaluation. */
export async function rowsOf(db: SparbarDatabase, evaluationId: Id): Promise<Record<string, number>> {
  const counts: Record<string, number> = { evaluations: (await db.evaluations.get(evaluationId)) ? 1 : 0 };
  for (const name of ['projects', 'documents', 'documentTextPieces', 'originals', 'codes', 'segments'] as const) {
    counts[name] = await db.table(name).where('evaluationId').equals(evaluationId).count();
  }
  return counts;
}
