import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/formats/encoding/decodeText';
import { importText } from '../../../../shared/ingest/documents/text/importText';
import { readCsv } from '../../../../shared/ingest/tables/csv/readCsv';

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));
/** Windows-1252 bytes of a string of Latin-1 letters and the few 0x80-0x9F characters used here. */
const cp1252 = (text: string) => Array.from(text, (ch) => ({ '€': 0x80, '–': 0x96, '”': 0x94, '“': 0x93 })[ch] ?? ch.charCodeAt(0));

// A line pasted from a new system (UTF-8) into a file an old one wrote (Windows-1252).
const MIXED = Uint8Array.from([...utf8('Malmö, Västerås – ”UTF-8”\n'), ...cp1252('Växjö, Åmål – “1252” €\n')]);

describe('decodeText: a file mixing UTF-8 and Windows-1252', () => {
  it('reads valid UTF-8 sequences as UTF-8 and the other bytes as Windows-1252, with a warning', () => {
    const decoded = decodeText(MIXED);
    expect(decoded.text).toBe('Malmö, Västerås – ”UTF-8”\nVäxjö, Åmål – “1252” €\n');
    expect(decoded.text).not.toContain('Ã');
    expect(decoded.warnings).toEqual([{ code: 'mixedEncodings' }]);
  });

  it('keeps a whole Windows-1252 file as before, with its own warning', () => {
    const decoded = decodeText(Uint8Array.from(cp1252('Växjö – “1252” €')));
    expect(decoded).toEqual({ text: 'Växjö – “1252” €', encoding: 'windows-1252', warnings: [{ code: 'decodedAsWindows1252' }] });
  });

  it('reads a four-byte UTF-8 sequence beside Windows-1252 bytes, and a truncated one as Windows-1252', () => {
    const decoded = decodeText(Uint8Array.from([...utf8('👍 '), 0xe5, 0x20, 0xf0, 0x9f]));
    expect(decoded.text).toBe('👍 å ðŸ');
    expect(decoded.warnings).toEqual([{ code: 'mixedEncodings' }]);
  });

  it('reads an overlong form or an encoded surrogate as Windows-1252 bytes, not as UTF-8', () => {
    expect(decodeText(Uint8Array.from([...utf8('ö'), 0xc0, 0xaf])).text).toBe('öÀ¯');
    expect(decodeText(Uint8Array.from([...utf8('ö'), 0xed, 0xa0, 0x80])).text).toBe('öí\u00a0€');
  });
});

describe('importers: mixed encodings', () => {
  it('a text file reads as Malmö, not MalmÃ¶, and warns that it mixes encodings', () => {
    const document = importText(MIXED, { fileName: 'anteckningar.txt' });
    expect(document.text).toContain('Malmö, Västerås');
    expect(document.text).toContain('Växjö, Åmål');
    expect(document.warnings.map((w) => w.code)).toEqual(['mixedEncodings']);
  });

  it('a CSV file reads both kinds of rows right, and names the mix as a problem', () => {
    const bytes = Uint8Array.from([...utf8('Kommun;Antal\nMalmö;12\n'), ...cp1252('Växjö;7\nÅmål;3\n')]);
    const table = readCsv(bytes, { fileName: 'kommuner.csv' });
    expect(table.rows.map((row) => row[0])).toEqual(['Malmö', 'Växjö', 'Åmål']);
    expect(table.problems.map((p) => p.code)).toContain('mixedEncodings');
  });
});
