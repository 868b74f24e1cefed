import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../shared/text/search/parseQuery';

describe('parseQuery', () => {
  it('splits words and "phrases", with a trailing * as a prefix', () => {
    expect(parseQuery('samverk* "nya arbetssätt"  kommun', false)).toEqual({
      kind: 'words',
      clauses: [
        { text: 'samverk', phrase: false, prefix: true },
        { text: 'nya arbetssätt', phrase: true, prefix: false },
        { text: 'kommun', phrase: false, prefix: false },
      ],
    });
  });

  it('takes typographic quotes, an unclosed quote to the end and a star after a phrase', () => {
    expect(parseQuery('„stärkt samverk”*', false)).toEqual({ kind: 'words', clauses: [{ text: 'stärkt samverk', phrase: true, prefix: true }] });
    expect(parseQuery('"stärkt   samverkan', false)).toEqual({ kind: 'words', clauses: [{ text: 'stärkt samverkan', phrase: true, prefix: false }] });
  });

  it('drops repeats and empty pieces, and is empty for nothing but quotes and stars', () => {
    expect(parseQuery('Mora mora Mora', false)).toEqual({
      kind: 'words',
      clauses: [
        { text: 'Mora', phrase: false, prefix: false },
        { text: 'mora', phrase: false, prefix: false },
      ],
    });
    expect(parseQuery(' "" * ', false)).toEqual({ kind: 'empty' });
    expect(parseQuery('', false)).toEqual({ kind: 'empty' });
  });

  it('keeps a regular expression whole', () => {
    expect(parseQuery('\\d+ "mnkr"', true)).toEqual({ kind: 'regex', source: '\\d+ "mnkr"' });
    expect(parseQuery('  ', true)).toEqual({ kind: 'empty' });
  });
});
