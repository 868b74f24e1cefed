/** Error codes of form validation; the UI shows `validation.<code>` from the catalog. */
export type FieldError = 'required' | 'notANumber' | 'negative' | 'badDate' | 'endBeforeStart' | 'tooLong';

export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

export type FormResult<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

/** Splits a free-text list ("Ludvika, Smedjebacken; Borlänge") into trimmed names. */
export function splitList(input: string): string[] {
  return input
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
