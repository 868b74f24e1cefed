// The table worker's work on the bench table in Node, phase by phase, for a CPU profile
// (scripts/profileTables.mjs runs it under `node --cpu-prof`): the same shared/ code the worker runs on a
// read (readTableCells with progress, the key column's guess and counts, the rows kept) and on a store (the
// pieces made from the cells, column by column, with their keys and projects), without IndexedDB.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { tableCellsToPieces } from '../../shared/domain';
import { readTableCells } from '../../shared/ingest/tables/readTable';
import { countMatched, guessKeyColumn } from '../../shared/ingest/tables/keyColumn';
import { keyOfCell, projectMatcher } from '../../shared/ingest/tables/linkRows';
import { cellsToKeep } from '../../shared/ingest/tables/rowsToKeep';
import { decodeTableText } from '../../shared/ingest/tables/tableBytes';
import { createCsvStreamReader } from '../../shared/ingest/tables/csv/csvStreamReader';
import { createCsvTokenizer } from '../../shared/ingest/tables/csv/csvTokenizer';
import { ColumnStats } from '../../shared/ingest/tables/columnStats';

export async function main(file: string, runs: number): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const match = projectMatcher([], []);
  const times: Record<string, number[]> = { bare: [], decode: [], tokenizeOnly: [], classifyOnly: [], tokenizeAndClassify: [], finish: [], convert: [], read: [], keyColumn: [], keep: [], pieces: [] };
  for (let run = 0; run < runs; run++) {
    let at = performance.now();
    const lap = (phase: string) => {
      const now = performance.now();
      times[phase]?.push(Math.round(now - at));
      at = now;
    };
    Papa.parse(new TextDecoder().decode(bytes), { delimiter: ';' });
    lap('bare');
    // The read's phases apart (readCsv runs them in one call below).
    const decoded = decodeTableText(bytes);
    lap('decode');
    const tokens: string[][] = [];
    const tokenizer = createCsvTokenizer({ delimiter: ';', newline: '\n', sink: (fields) => void tokens.push(fields) });
    for (let at = 0; at < decoded.text.length; at += 1 << 20) tokenizer.push(decoded.text.slice(at, at + (1 << 20)));
    tokenizer.end();
    lap('tokenizeOnly');
    const stats = Array.from({ length: 20 }, () => new ColumnStats());
    for (const fields of tokens) for (let j = 0; j < fields.length; j++) stats[j]?.add(fields[j] as string);
    lap('classifyOnly');
    tokens.length = 0;
    const reader = createCsvStreamReader({ fileName: 'indikatorer.csv', totalLength: decoded.text.length, encoding: decoded.encoding });
    for (let at = 0; at < decoded.text.length; at += 1 << 20) reader.push(decoded.text.slice(at, at + (1 << 20)));
    lap('tokenizeAndClassify');
    reader.finish();
    lap('finish');
    reader.cells();
    lap('convert');
    let posts = 0;
    const table = await readTableCells(bytes, { fileName: 'indikatorer.csv', rawRowsKept: 200, onProgress: () => void posts++ });
    lap('read');
    const keyGuess = guessKeyColumn(table.columns, table.cells, match);
    countMatched(table.cells, keyGuess, match);
    lap('keyColumn');
    const kept = cellsToKeep(table);
    lap('keep');
    tableCellsToPieces({ datasetId: 'ds', evaluationId: 'ev' }, kept, { idPrefix: 'batch.', key: (r) => keyOfCell(kept.cells, r, keyGuess), project: match });
    lap('pieces');
    if (run === 0) console.error(`progress posts: ${posts}, rows: ${table.cells.rowCount}`);
  }
  console.log(JSON.stringify(times));
}
