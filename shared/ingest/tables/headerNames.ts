/** Unique, non-empty column names: empty headers become "Kolumn N", repeated ones get " (2)", " (3)"… */
export function uniqueColumnNames(headers: readonly string[], count: number): { names: string[]; renamed: string[] } {
  const names: string[] = [];
  const renamed: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const original = headers[i] ?? '';
    const base = original.trim() === '' ? `Kolumn ${i + 1}` : original.trim();
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base} (${k})`;
    used.add(name.toLowerCase());
    names.push(name);
    if (name !== original.trim()) renamed.push(name);
  }
  return { names, renamed };
}

/** Names for a table without a header row: "Kolumn 1", "Kolumn 2"… */
export function generatedColumnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Kolumn ${i + 1}`);
}
