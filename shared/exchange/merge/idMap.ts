import { remapRecordIds } from '../evaluationFile/recordIds';
import type { StoredRecord } from '../../migrations';

/** Their ids that stand for records of mine: every id not in it stays as it is. */
export class IdMap {
  private readonly ids = new Map<string, string>();

  set(theirs: string, mine: string): void {
    this.ids.set(theirs, mine);
  }

  has(theirs: string): boolean {
    return this.ids.has(theirs);
  }

  of(id: string): string {
    return this.ids.get(id) ?? id;
  }

  /** Their record with every id it holds made mine. */
  record(record: StoredRecord): StoredRecord {
    return remapRecordIds(record, (id) => this.of(id));
  }
}

/** A field's string value, or '' . */
export function text(record: StoredRecord | undefined, field: string): string {
  const value = record?.[field];
  return typeof value === 'string' ? value : '';
}

/** The records of a table by id. */
export function byId(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map((record) => [text(record, 'id'), record]));
}
