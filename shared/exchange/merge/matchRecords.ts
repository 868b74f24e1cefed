import { sameRecord } from '../../base/sameRecord';
import type { StoredRecord } from '../../migrations';
import { byId, text, type IdMap } from './idMap';
import type { ConflictTable, MatchedRecord, MergeConflict } from './mergePlan';

/** How one table's records are matched and compared. */
export interface RecordRule {
  table: ConflictTable;
  /** What the record is, beyond its id (two records with the same key are one): null when it has none. */
  key(record: StoredRecord): string | null;
  /** Fields the two sides may hold differently: each difference is a conflict. */
  fields: readonly string[];
  /** Lists of links that are joined (mine and theirs) without asking. */
  links: readonly string[];
  /** The ids a record may refer to, per reference field (a list or one id); a reference to anything else is left out. */
  known: Readonly<Record<string, ReadonlySet<string>>>;
  label(record: StoredRecord): string;
}

/** A list field's ids. */
export function idsOf(record: StoredRecord, field: string): string[] {
  const value = record[field];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** The union of two lists of ids, mine first, each once. */
export function joinIds(mine: readonly string[], theirs: readonly string[]): string[] {
  return [...new Set([...mine, ...theirs])];
}

/** Two values of a field alike: lists of ids in any order are the same list. */
function sameValue(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])].sort() : value);
  return sameRecord(sorted(a ?? null), sorted(b ?? null));
}

/** Their record with references to records the merged evaluation will not hold left out; null when a single reference is dangling. */
function withKnownReferences(record: StoredRecord, known: RecordRule['known']): StoredRecord | null {
  const out: Record<string, unknown> = { ...record };
  for (const [field, ids] of Object.entries(known)) {
    const value = record[field];
    if (Array.isArray(value)) out[field] = idsOf(record, field).filter((id) => ids.has(id));
    else if (typeof value === 'string' && !ids.has(value)) return null;
  }
  return out;
}

/**
 * Their records of one table matched with mine: by id, then by the rule's key; the matched go into
 * `ids`. Returns their records I lack (made mine), the matched that differ, and a conflict per field
 * held differently.
 */
export function matchRecords(rule: RecordRule, mine: readonly StoredRecord[], theirs: readonly StoredRecord[], ids: IdMap, evaluationId: string): { added: StoredRecord[]; matched: MatchedRecord[]; conflicts: MergeConflict[] } {
  const mineById = byId(mine);
  const mineByKey = new Map<string, StoredRecord>();
  for (const record of mine) {
    const key = rule.key(record);
    if (key !== null && !mineByKey.has(key)) mineByKey.set(key, record);
  }
  const added: StoredRecord[] = [];
  const matched: MatchedRecord[] = [];
  const conflicts: MergeConflict[] = [];
  for (const record of theirs) {
    const theirId = text(record, 'id');
    const made = withKnownReferences({ ...ids.record(record), evaluationId }, rule.known);
    if (!made) continue;
    const key = rule.key(made);
    const found = mineById.get(theirId) ?? (key === null ? undefined : mineByKey.get(key));
    if (!found) {
      added.push(made);
      continue;
    }
    const mineId = text(found, 'id');
    ids.set(theirId, mineId);
    const theirsAsMine: StoredRecord = { ...made, id: mineId };
    const differing = rule.fields.filter((field) => !sameValue(found[field], theirsAsMine[field]));
    const linksDiffer = rule.links.some((field) => joinIds(idsOf(found, field), idsOf(theirsAsMine, field)).length !== idsOf(found, field).length);
    if (differing.length === 0 && !linksDiffer) continue;
    matched.push({ table: rule.table, mine: found, theirs: theirsAsMine });
    const label = rule.label(found);
    for (const field of differing) conflicts.push({ key: `${rule.table}:${mineId}:${field}`, table: rule.table, id: mineId, label, field, mine: found[field] ?? null, theirs: theirsAsMine[field] ?? null });
  }
  return { added, matched, conflicts };
}
