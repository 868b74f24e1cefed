import { useState } from 'react';
import { changedFields } from '../../shared/domain/formChanges';
import { sameRecord } from '../../shared/base/sameRecord';

/** A field of the open form that was changed elsewhere: its stored value as the form shows it. */
export interface ChangedField<V> {
  field: keyof V & string;
  theirs: V[keyof V];
  /** The form's value when the evaluator changed the field here too. */
  mine?: V[keyof V];
}

/**
 * Keeps the record as it was when a form opened (its base) and follows the live record: the fields
 * changed elsewhere since, and the evaluator's answer per field. Taking theirs puts their value in the
 * form; keeping mine leaves the form's value. Either way the field's base becomes the stored value, so
 * saving writes the field only when the form's value differs from what is stored now.
 * The record's fields and the form's values share their names (toValues maps one to the other).
 */
export function useChangedElsewhere<R extends object, V extends object>(
  initial: R | undefined,
  current: R | undefined,
  values: V,
  toValues: (record: R) => V,
  setValues: (update: (values: V) => V) => void,
) {
  const [base, setBase] = useState<R | undefined>(initial);
  const [asking, setAsking] = useState(false);
  const fields = initial ? (Object.keys(toValues(initial)) as (keyof V & string)[]) : [];
  const recordFields = fields as unknown as (keyof R & string)[];
  const changed: ChangedField<V>[] =
    base && current
      ? (changedFields(base, current, recordFields) as unknown as (keyof V & string)[]).map((field) => {
          const mine = values[field];
          return sameRecord(mine, toValues(base)[field]) ? { field, theirs: toValues(current)[field] } : { field, theirs: toValues(current)[field], mine };
        })
      : [];
  const rebase = (field: keyof V & string) => {
    if (!current) return;
    setBase((b) => (b ? { ...b, [field]: (current as Record<string, unknown>)[field] } : b));
  };
  const takeTheirs = (field: keyof V & string) => {
    if (!current) return;
    const theirs = toValues(current)[field as keyof V];
    setValues((values) => ({ ...values, [field]: theirs }));
    rebase(field);
  };
  const keepMine = (field: keyof V & string) => rebase(field);
  /** After saving: conflicts (nothing was written) make the form ask; true when saved. */
  const saved = (conflicts: readonly unknown[] | void) => {
    const ok = !conflicts || conflicts.length === 0;
    setAsking(!ok);
    return ok;
  };
  return { base, changed, asking: asking && changed.length > 0, takeTheirs, keepMine, saved };
}
