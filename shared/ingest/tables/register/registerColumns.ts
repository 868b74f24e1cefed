/** The project fields a register column can fill. */
export const REGISTER_FIELDS = ['name', 'code', 'owner', 'manager', 'municipalities', 'county', 'level', 'theme', 'startDate', 'endDate', 'budgetSek'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** What each column becomes: a project field, a free attribute (named after the column), or nothing. */
export type ColumnTarget = RegisterField | 'attribute' | 'ignore';

/**
 * A header as the guess compares it: lower case, without diacritics, spaces, dashes or other marks, so
 * `Projekt-id`, `Projekt ID` and `projektid` are one header, and `Län` is `lan`.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The patterns each field is recognised by, strongest first: a field goes to the first column matching
 * its strongest pattern that any column matches, so `Projektkod` wins the code over a plain `ID`.
 */
const HEADER_HINTS: [RegisterField, RegExp[]][] = [
  ['code', [/^(projekt|project)(kod|code|id|nummer|nr|number|no)$/, /^diarie(nummer|nr)?$|^dnr$|^arende(nummer|nr)?$/, /^(kod|code|id|nummer|nr|number|no)$/]],
  ['name', [/^(projekt|project)(namn|name|titel|title)$/, /^projekt$|^project$|^namn$|^name$|^titel$|^title$/]],
  ['owner', [/agare|owner|sokande|organisation/]],
  ['manager', [/ledare|manager|kontaktperson/]],
  ['municipalities', [/kommun|municipal/]],
  ['county', [/^lan$|^region$|^lan(eller|och)region$|county/]],
  ['level', [/niva|level/]],
  ['theme', [/tema|theme|insatsomrade|fokusomrade/]],
  ['startDate', [/start|fran|begin/]],
  ['endDate', [/slut|till$|^end|avslut/]],
  ['budgetSek', [/budget|beviljat|belopp|stod|kronor|sek$/]],
];

/** Guesses what each column is from its header; unknown columns become free attributes, unnamed ones are ignored. */
export function guessColumnTargets(headers: readonly string[]): ColumnTarget[] {
  const keys = headers.map(headerKey);
  const targets: ColumnTarget[] = headers.map((header) => (header.trim() === '' ? 'ignore' : 'attribute'));
  for (const [field, patterns] of HEADER_HINTS) {
    for (const pattern of patterns) {
      const column = keys.findIndex((key, index) => targets[index] === 'attribute' && pattern.test(key));
      if (column >= 0) {
        targets[column] = field;
        break;
      }
    }
  }
  return targets;
}
