import { useState } from 'react';
import type { FieldErrors, FormResult } from '../../shared/domain/formErrors';

/** A form's values as typed, its inline errors, and a check that validates and shows the errors. */
export function useFormState<V extends object, T, F extends string>(initial: () => V, validate: (values: V) => FormResult<T, F>) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const set = (field: keyof V) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const check = (): T | null => {
    const result = validate(values);
    setErrors(result.ok ? {} : result.errors);
    return result.ok ? result.value : null;
  };
  return { values, setValues, errors, set, check };
}
