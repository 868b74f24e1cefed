/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The date part of a timestamp, `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A date the evaluator typed, year first, as `YYYY-MM-DD`: accepts `2024-3-5`, `2024/03/05`, `2024.3.5`
 * and `20240305`, with spaces around. Null when it is no real calendar date. Day-first and month-first
 * forms are refused: `05/03/2024` means one date in Sweden and another in the United States.
 */
export function looseIsoDate(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
