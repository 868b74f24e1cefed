import { isNonNegativeInteger, isOneOf, isRecord, isString, isStringArray } from '../../base/guards';
import type { StoredRecord } from '../../migrations';
import { EVALUATION_TABLES, primaryKeyOf, type EvaluationTable } from './format';
import { RECORD_SHAPES, type FieldKind } from './recordShapes';
import { reportSettingsProblem } from './reportSettingsShape';

/** A record that fails validation: its table, its id (or primary key) and what is wrong. */
export interface RecordProblem {
  table: string;
  id: string;
  problem: string;
}

function fits(kind: FieldKind, value: unknown): boolean {
  if (typeof kind !== 'string') return value === null ? kind.includes(null) : isOneOf(kind.filter(isString), value);
  switch (kind) {
    case 'string':
      return isString(value);
    case 'string?':
      return value === null || isString(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'flag':
      return value === undefined || typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'number?':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'integer':
      return isNonNegativeInteger(value);
    case 'strings':
      return isStringArray(value);
    case 'list':
      return Array.isArray(value);
    case 'list?':
      return value === undefined || isStringArray(value);
    case 'object':
      return isRecord(value);
    case 'object?':
      return value === null || isRecord(value);
    case 'bytes':
      return value instanceof Uint8Array;
  }
}

/** The first field of a record that is not what its table's shape says, as `field: expected`. */
function shapeProblem(table: EvaluationTable, record: StoredRecord): string | null {
  for (const [field, kind] of Object.entries(RECORD_SHAPES[table])) {
    if (!fits(kind, record[field])) return `${field}: ${typeof kind === 'string' ? kind : kind.map(String).join('|')}`;
  }
  return table === 'reportSettings' ? reportSettingsProblem(record) : null;
}

/**
 * Checks every record of an evaluation's tables (after migration): its shape, that it belongs to the
 * evaluation, that no two records of a table share a primary key, and that the file holds exactly that one
 * evaluation. Returns the first problem, or null. A reference to a record the file lacks (a passage whose
 * document is gone) is no reason to refuse: a file must never be unopenable for what the app could show
 * as missing (QualCoder's #265: a deletion made the project and every backup unopenable).
 */
export function validateRecords(tables: Readonly<Record<string, readonly StoredRecord[]>>, evaluationId: string): RecordProblem | null {
  for (const table of EVALUATION_TABLES) {
    const seen = new Set<string>();
    for (const record of tables[table] ?? []) {
      const key = isRecord(record) ? primaryKeyOf(table, record) : '';
      const problem = (what: string): RecordProblem => ({ table, id: key, problem: what });
      if (!isRecord(record)) return problem('not an object');
      const wrong = shapeProblem(table, record);
      if (wrong) return problem(wrong);
      const owner = table === 'evaluations' ? record.id : record.evaluationId;
      if (owner !== evaluationId) return problem(`belongs to another evaluation (${String(owner)})`);
      if (seen.has(key)) return problem('the same id twice');
      seen.add(key);
    }
  }
  if ((tables.evaluations ?? []).length !== 1) return { table: 'evaluations', id: evaluationId, problem: 'the evaluation is missing' };
  return null;
}
