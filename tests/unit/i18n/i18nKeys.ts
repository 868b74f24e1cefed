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

/** Whether a key is a plural form of i18next's scheme (`key_one`, `key_other`). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Words that may follow a number without agreeing with it: "3 av 5", "5 of 7", "1 och 2", a unit. A
 * number followed by any other word ("1 filer") needs plural forms.
 */
const NEUTRAL_AFTER_NUMBER = new Set(['av', 'of', 'och', 'and', 'i', 'in', 'från', 'from', 'till', 'utan', 'without', 's', 'kr', 'procent', '%']);

/** Words after a number that ask for the word after them: "3 more rows". */
const MORE = new Set(['more', 'till']);

/** The keys whose `{{count}}` comes before a word that agrees with it, but that have no `_one` form beside them. */
export function countsWithoutPlural(flat: Flat): string[] {
  return [...flat]
    .filter(([key, text]) => !PLURAL_SUFFIX.test(key) && numberBeforeWord(text, 'count'))
    .filter(([key]) => !flat.has(`${key}_one`))
    .map(([key, text]) => `${key}: ${text}`);
}

/** The `_one` forms without their plural beside them (`key`, or `key_other`). */
export function oneWithoutOther(flat: Flat): string[] {
  return [...flat.keys()].filter((key) => key.endsWith('_one') && !flat.has(key.slice(0, -4)) && !flat.has(`${key.slice(0, -4)}_other`));
}

/**
 * The placeholders that stand for a number (every one but those named in `textual`, whose values are
 * words or already counted phrases) and come before a word that agrees with them: "{{versions}}
 * versioner" reads "1 versioner". Such a number is to be a `{{count}}` with plural forms, or a phrase
 * counted by one.
 */
export function numbersBeforeWords(flat: Flat, textual: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [key, text] of flat) {
    for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
      const name = match[1] as string;
      if (name === 'count' || textual.has(name)) continue;
      if (numberBeforeWord(text, name)) found.push(`${key}: {{${name}}}`);
    }
  }
  return [...new Set(found)];
}

function numberBeforeWord(text: string, name: string): boolean {
  for (const match of text.matchAll(new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}\\s+([\\p{L}%]+)(?:\\s+([\\p{L}]+))?`, 'gu'))) {
    const first = (match[1] as string).toLowerCase();
    // "3 more" and "3 till" end a phrase; "3 more rows" is a count of rows.
    const word = MORE.has(first) ? match[2]?.toLowerCase() : first;
    if (word !== undefined && !NEUTRAL_AFTER_NUMBER.has(word)) return true;
  }
  return false;
}
