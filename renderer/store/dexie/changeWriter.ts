import type { AuditAction, AuditEntry, Id, Judgement } from '../../../shared/domain';
import { deletedBy, judgementsAfterDeletions } from '../../../shared/coding/judgementCascade';
import { sameRecord, squashChanges, touchedIds, type ChangeSet, type RecordChange } from '../../../shared/coding/changeSet';
import type { FieldConflict } from '../../../shared/domain/formChanges';
import type { SparbarDatabase } from './db';
import { addTexts, deleteTexts, readText } from './documentTextStore';
import { findingLinksAfter } from './findingLinks';
import type { RepositoryDeps } from './deps';

/**
 * The tables an undoable step writes, in one transaction. A step that adds or removes whole documents (a
 * colleague's evaluation merged, or its undo) also writes projects, texts and originals: those are locked
 * only when `changes` touch them, so a coding never holds the texts the reader is loading.
 */
export function stepTables(db: SparbarDatabase, changes: readonly RecordChange[] = []) {
  const tables = [db.codes, db.segments, db.dataCodings, db.judgements, db.findings, db.recommendations, db.ratingScales, db.documents, db.reportSettings, db.agreementRuns, db.auditLog, db.settings];
  const wholeDocuments = changes.some((change) => change.table === 'projects' || change.table === 'documentTexts' || change.table === 'originals');
  return wholeDocuments ? [...tables, db.projects, db.documentTextPieces, db.originals] : tables;
}

/** Thrown when a step cannot be undone or redone because its records changed since (another window, say). */
export class StaleStepError extends Error {
  constructor() {
    super('The records this step changed have changed since.');
    this.name = 'StaleStepError';
  }
}

async function writeChanges(db: SparbarDatabase, changes: readonly RecordChange[]): Promise<void> {
  for (const change of changes) {
    if (change.table === 'documentTexts') {
      // A text is kept in pieces (documentTextStore.ts): a changed text is written again whole.
      await deleteTexts(db, [change.id]);
      if (change.after !== null) await addTexts(db, [change.after]);
      continue;
    }
    const table = db[change.table];
    if (change.after === null) await table.delete(change.id);
    // The union of tables and records is sound by construction of RecordChange.
    else await (table as unknown as { put(record: unknown): Promise<unknown> }).put(change.after);
  }
}

/** Whether every record is still as the changes' `before` side says. */
export async function stillAs(db: SparbarDatabase, changes: readonly RecordChange[]): Promise<boolean> {
  for (const change of changes) {
    const current = (change.table === 'documentTexts' ? await readText(db, change.id) : await db[change.table].get(change.id)) ?? null;
    if (!sameRecord(current, change.before)) return false;
  }
  return true;
}

export async function coderName(db: SparbarDatabase): Promise<string> {
  const record = await db.settings.get('coderName');
  return typeof record?.value === 'string' ? record.value : '';
}

/** The changes to judgements that the step's deletions of passages, table codings or codes bring. */
async function judgementCascade(db: SparbarDatabase, changes: readonly RecordChange[], now: string): Promise<RecordChange[]> {
  const deleted = deletedBy(changes);
  if (deleted.segmentIds.size + deleted.dataCodingIds.size + deleted.codeIds.size === 0) return [];
  const found = new Map<Id, Judgement>();
  const add = (list: Judgement[]) => list.forEach((j) => found.set(j.id, j));
  add(await db.judgements.where('segmentIds').anyOf([...deleted.segmentIds]).toArray());
  add(await db.judgements.where('dataCodingIds').anyOf([...deleted.dataCodingIds]).toArray());
  add(await db.judgements.where('criterionCodeId').anyOf([...deleted.codeIds]).toArray());
  // A judgement the step itself changes is taken as the step leaves it.
  for (const change of changes) if (change.table === 'judgements') found.delete(change.id);
  return judgementsAfterDeletions([...found.values()], deleted, now);
}

/** The changes to findings and recommendations that the step's deletions (its own and its cascade's) bring. */
async function findingCascade(db: SparbarDatabase, changes: readonly RecordChange[], now: string): Promise<RecordChange[]> {
  const deleted = { judgementIds: new Set<Id>(), segmentIds: new Set<Id>(), dataCodingIds: new Set<Id>(), findingIds: new Set<Id>() };
  for (const change of changes) {
    if (change.before === null || change.after !== null) continue;
    if (change.table === 'judgements') deleted.judgementIds.add(change.id);
    else if (change.table === 'segments') deleted.segmentIds.add(change.id);
    else if (change.table === 'dataCodings') deleted.dataCodingIds.add(change.id);
    else if (change.table === 'findings') deleted.findingIds.add(change.id);
  }
  // A finding or recommendation the step itself changes is taken as the step leaves it.
  const skip = new Set(changes.filter((c) => c.table === 'findings' || c.table === 'recommendations').map((c) => `${c.table}:${c.id}`));
  return (await findingLinksAfter(db, deleted, now)).filter((c) => !skip.has(`${c.table}:${c.id}`));
}

/**
 * Writes one step's changes and its line in the audit log. Call inside a transaction over
 * `stepTables(db)` (and whatever the step read), so the step lands whole or not at all.
 */
export async function commitStep(
  db: SparbarDatabase,
  deps: Pick<RepositoryDeps, 'newId' | 'now'>,
  step: { evaluationId: Id; action: AuditAction; summary: string; changes: readonly RecordChange[]; of?: AuditAction; coder?: string },
): Promise<ChangeSet | null> {
  const withJudgements = [...step.changes, ...(await judgementCascade(db, step.changes, deps.now()))];
  const changes = squashChanges([...withJudgements, ...(await findingCascade(db, withJudgements, deps.now()))]);
  if (changes.length === 0) return null;
  await writeChanges(db, changes);
  const at = deps.now();
  const entry: AuditEntry = {
    id: deps.newId(),
    evaluationId: step.evaluationId,
    at,
    coder: step.coder ?? (await coderName(db)),
    action: step.action,
    of: step.of ?? null,
    ...touchedIds(changes),
    summary: step.summary,
  };
  await db.auditLog.add(entry);
  return { id: entry.id, evaluationId: step.evaluationId, action: step.action, at, summary: step.summary, changes };
}

/** A form's save: the step written (null when nothing changed), or the conflicts and nothing written. */
export interface Saved<T> {
  step: ChangeSet | null;
  conflicts: FieldConflict<T>[];
}
