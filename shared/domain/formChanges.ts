import { sameRecord } from '../base/sameRecord';

/**
 * What a form saves when the record it edits may have changed elsewhere (another window, another tab)
 * while it was open. `base` is the record as the form opened it, `edited` what the evaluator has now,
 * `current` the record as it is stored now. Only the fields of `edited` are considered.
 */

/** A field changed both here and elsewhere, to different values. */
export interface FieldConflict<T> {
  field: keyof T & string;
  /** The value typed here. */
  mine: T[keyof T];
  /** The value stored meanwhile elsewhere. */
  theirs: T[keyof T];
}

export interface FormChanges<T> {
  /** The fields the evaluator changed here, with their new values (conflicting ones included). */
  patch: Partial<T>;
  /** The fields changed here and elsewhere to different values: ask before writing these. */
  conflicts: FieldConflict<T>[];
}

/** A form's edit of a record: the record as the form opened it and as the evaluator has it now. */
export interface FormEdit<T> {
  base: T;
  edited: T;
}


/** The fields (by default every field of `other`) whose value in `other` differs from `base`'s. */
export function changedFields<T extends object>(base: T, other: T, fields: readonly (keyof T & string)[] = Object.keys(other) as (keyof T & string)[]): (keyof T & string)[] {
  return fields.filter((field) => !sameRecord(base[field], other[field]));
}

/** The patch of fields changed here, and the fields changed both here and elsewhere (see above). */
export function formChanges<T extends object>(base: T, edited: T, current: T): FormChanges<T> {
  const patch: Partial<T> = {};
  const conflicts: FieldConflict<T>[] = [];
  for (const field of changedFields(base, edited)) {
    patch[field] = edited[field];
    const changedElsewhere = !sameRecord(base[field], current[field]);
    if (changedElsewhere && !sameRecord(edited[field], current[field])) conflicts.push({ field, mine: edited[field], theirs: current[field] });
  }
  return { patch, conflicts };
}
