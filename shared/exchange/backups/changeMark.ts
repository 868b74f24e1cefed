/** The records of one table of an evaluation as far as a change mark reads them. */
export type MarkedRecords = ReadonlyArray<{ readonly updatedAt?: unknown; readonly importedAt?: unknown }>;

export interface ChangeFacts {
  /** When the newest entry of the evaluation's audit log was written (every coding, judgement, finding, codebook step, undo, redo). */
  latestAuditAt: string | null;
  /** The evaluation record's updatedAt (its details, projects added). */
  evaluationUpdatedAt: string | null;
  /** Tables whose writes are not all in the audit log (projects, documents, datasets): their records. */
  records: Readonly<Record<string, MarkedRecords>>;
}

function newestOf(records: MarkedRecords): string {
  let newest = '';
  for (const record of records) {
    for (const time of [record.updatedAt, record.importedAt]) if (typeof time === 'string' && time > newest) newest = time;
  }
  return newest;
}

/**
 * WHAT COUNTS AS A CHANGE for backups: a mark that differs whenever the evaluation changed. The audit log
 * and the evaluation's updatedAt see most writes, but not all: a project edited, a document imported or
 * deleted, a dataset imported write neither. So the mark also holds, for those tables, how many records
 * there are and the newest of their updatedAt and importedAt (a delete changes the count, an add or an
 * edit a time). Equal marks: nothing changed.
 */
export function changeMark(facts: ChangeFacts): string {
  const tables = Object.keys(facts.records)
    .sort()
    .map((table) => [table, facts.records[table]?.length ?? 0, newestOf(facts.records[table] ?? [])]);
  return JSON.stringify([facts.latestAuditAt, facts.evaluationUpdatedAt, tables]);
}
