/**
 * What the evaluator typed, understood. In word mode, words and "quoted phrases" must all occur in the same
 * paragraph; a trailing * makes the last word a prefix (samverk* finds samverkan and samverkansparter).
 * In regex mode the whole input is one regular expression.
 */
export interface QueryClause {
  /** The word or phrase as typed, without quotes or the trailing *. */
  text: string;
  /** Typed in quotes. */
  phrase: boolean;
  /** Ends with *: the last word may go on. */
  prefix: boolean;
}

export type ParsedQuery = { kind: 'empty' } | { kind: 'words'; clauses: QueryClause[] } | { kind: 'regex'; source: string };

function clause(raw: string, phrase: boolean): QueryClause | null {
  let text = raw.replace(/\s+/gu, ' ').trim();
  let prefix = false;
  if (text.endsWith('*')) {
    prefix = true;
    text = text.replace(/\*+$/u, '').trim();
  }
  if (text === '') return null;
  return { text, phrase, prefix };
}

/** Splits a query into clauses: "quoted phrases" (an unclosed quote runs to the end) and single words. */
export function parseQuery(input: string, regex: boolean): ParsedQuery {
  if (regex) return input.trim() === '' ? { kind: 'empty' } : { kind: 'regex', source: input };
  const clauses: QueryClause[] = [];
  const seen = new Set<string>();
  const push = (found: QueryClause | null) => {
    if (!found) return;
    const key = `${found.prefix ? '*' : ''}${found.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    clauses.push(found);
  };
  // Typographic quotes count as quotes: „så här” or ”så här” or «så här».
  const text = input.normalize('NFC').replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu, '"');
  let at = 0;
  while (at < text.length) {
    const character = text[at] as string;
    if (/\s/u.test(character)) {
      at++;
      continue;
    }
    if (character === '"') {
      const close = text.indexOf('"', at + 1);
      const end = close === -1 ? text.length : close;
      let after = end + 1;
      let body = text.slice(at + 1, end);
      // "stärkt samverk"* counts as "stärkt samverk*".
      if (close !== -1 && text[after] === '*') {
        body += '*';
        after++;
      }
      push(clause(body, true));
      at = after;
      continue;
    }
    let end = at;
    while (end < text.length && !/\s/u.test(text[end] as string) && text[end] !== '"') end++;
    push(clause(text.slice(at, end), false));
    at = end;
  }
  return clauses.length === 0 ? { kind: 'empty' } : { kind: 'words', clauses };
}
