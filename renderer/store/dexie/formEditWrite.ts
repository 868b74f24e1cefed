import type { Table, UpdateSpec } from 'dexie';
import { formChanges, type FieldConflict, type FormEdit } from '../../../shared/domain/formChanges';

/**
 * Writes a form's edit of a record that is not an undoable step (a project, an evaluation): reads the
 * record as stored now, and writes only the fields the form changed (see formChanges) with the time, or
 * nothing and the conflicts. Call it inside a transaction on the table.
 */
export async function writeFormEdit<I extends object, R extends I & { updatedAt: string }>(
  table: Table<R, string>,
  id: string,
  edit: FormEdit<I>,
  now: string,
  what: string,
): Promise<FieldConflict<I>[]> {
  const current = await table.get(id);
  if (!current) throw new Error(`No ${what} ${id}`);
  const { patch, conflicts } = formChanges<I>(edit.base, edit.edited, current);
  if (conflicts.length > 0) return conflicts;
  if (Object.keys(patch).length > 0) await table.update(id, { ...patch, updatedAt: now } as UpdateSpec<R>);
  return [];
}
