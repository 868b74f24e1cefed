// Helpers of the catalog tests: a catalog as dotted keys, and the {{placeholders}} of a string.

export type Flat = Map<string, string>;

/** Every string of a catalog under its dotted key (`menu.file`). */
export function flatten(node: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (typeof node === 'string') {
    into.set(prefix, node);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix === '' ? key : `${prefix}.${key}`, into);
  } else {
    throw new Error(`${prefix} is neither a string nor a group`);
  }
  return into;
}

/** The names of a string's {{placeholders}}, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{\{\s*(\w+)\s*\}\}/g), (m) => m[1] as string))].sort();
}

/** The keys whose placeholders differ between the languages, with both sets. */
export function differingPlaceholders(svFlat: Flat, enFlat: Flat): string[] {
  return [...svFlat.keys()]
    .filter((key) => enFlat.has(key))
    .filter((key) => placeholders(svFlat.get(key) as string).join() !== placeholders(enFlat.get(key) as string).join())
    .map((key) => `${key}: sv {${placeholders(svFlat.get(key) as string).join()}} en {${placeholders(enFlat.get(key) as string).join()}}`);
}

/** The keys whose strings have a brace outside a well-formed {{placeholder}}. */
export function brokenPlaceholders(flat: Flat): string[] {
  return [...flat].filter(([, text]) => text.replace(/\{\{\s*\w+\s*\}\}/g, '').match(/[{}]/)).map(([key]) => key);
}
