import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../../shared/ingest/tables/csv/readCsv';
import { createCsvStreamReader } from '../../../../shared/ingest/tables/csv/csvStreamReader';

/** A CSV over several MiB whose quoted fields hold delimiters and line breaks, with CRLF line ends. */
function bigCsv(): string {
  const lines = ['Kod;Namn;Belopp;Kommentar'];
  for (let i = 0; i < 80_000; i++) {
    const comment = i % 7 === 0 ? `"Rad ${i}; med ""citat""\r\noch radbrytning"` : `Rad ${i} åäö`;
    lines.push(`K-${i};Projekt ${i % 50};${i % 1000} ${String(i % 1000).padStart(3, '0')},${i % 100};${comment}`);
  }
  return lines.join('\r\n');
}

describe('readCsvText', () => {
  it('reads a large text in pieces exactly as in one piece, and reports progress as it goes', () => {
    const text = bigCsv();
    expect(text.length).toBeGreaterThan(3 * (1 << 20));
    const whole = createCsvStreamReader({ fileName: 'x.csv', totalLength: text.length });
    whole.push(text);
    const summary = whole.finish();
    const rows = [...whole.batches(Number.MAX_SAFE_INTEGER)].flatMap((batch) => batch.rows);

    const progress: number[] = [];
    const table = readCsvText(text, { fileName: 'x.csv', onProgress: (fraction) => progress.push(fraction) });
    expect(table.columns).toEqual(summary.columns);
    expect(table.rows.length).toBe(80_000);
    expect(table.rows).toEqual(rows);
    expect(table.rows[7]?.[3]).toBe('Rad 7; med "citat"\r\noch radbrytning');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((value, i) => i === 0 || value >= (progress[i - 1] as number))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });
});
