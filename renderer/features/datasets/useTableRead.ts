import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadTable, TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import type { TableErrorCode } from '../../../shared/domain/importError';
import type { ColumnType } from '../../../shared/domain/tableValues';
import { readTableInWorker, type TableJob } from '../../services/workers/readTableInWorker';
import type { OpenedFile } from '../../platform';

/** The reading options the user can override in the preview (undefined: let the reader detect). */
export interface ReadChoices {
  delimiter?: string;
  hasHeader?: boolean;
  skipLines?: number;
  sheet?: string;
  types?: Record<number, ColumnType>;
}

export type ReadState =
  | { status: 'reading'; progress: number; previous: ReadTable | null }
  | { status: 'read'; table: ReadTable }
  | { status: 'failed'; code: TableErrorCode | 'timeout'; detail: string; previous: ReadTable | null };

function optionsOf(file: OpenedFile, choices: ReadChoices): Omit<TableReadOptions, 'onProgress'> {
  const options: Omit<TableReadOptions, 'onProgress'> = { fileName: file.name };
  if (choices.delimiter !== undefined) options.delimiter = choices.delimiter;
  if (choices.hasHeader !== undefined) options.hasHeader = choices.hasHeader;
  if (choices.skipLines !== undefined) options.skipLines = choices.skipLines;
  if (choices.sheet !== undefined) options.sheet = choices.sheet;
  if (choices.types !== undefined && Object.keys(choices.types).length > 0) options.types = choices.types;
  return options;
}

/** Reads a table in a worker, and again whenever the choices change; cancelling stops the worker. */
export function useTableRead(file: OpenedFile) {
  const [choices, setChoices] = useState<ReadChoices>({});
  const [state, setState] = useState<ReadState>({ status: 'reading', progress: 0, previous: null });
  const job = useRef<TableJob | null>(null);
  const lastTable = useRef<ReadTable | null>(null);

  useEffect(() => {
    let live = true;
    setState({ status: 'reading', progress: 0, previous: lastTable.current });
    const current = readTableInWorker(file.bytes, optionsOf(file, choices), (fraction) => {
      if (live) setState({ status: 'reading', progress: fraction, previous: lastTable.current });
    });
    job.current = current;
    void current.result.then((outcome) => {
      if (!live) return;
      job.current = null;
      if (outcome.ok) {
        lastTable.current = outcome.table;
        setState({ status: 'read', table: outcome.table });
      } else setState({ status: 'failed', code: outcome.code, detail: outcome.detail, previous: lastTable.current });
    });
    return () => {
      live = false;
      current.cancel();
    };
  }, [file, choices]);

  const cancel = useCallback(() => job.current?.cancel(), []);
  /** Changes how the table is read; a change of shape (delimiter, header, lines, sheet) resets the column types. */
  const choose = useCallback((change: ReadChoices) => {
    setChoices((current) => {
      const shape = 'delimiter' in change || 'hasHeader' in change || 'skipLines' in change || 'sheet' in change;
      const next: ReadChoices = { ...current, ...change };
      if (shape && !('types' in change)) delete next.types;
      return next;
    });
  }, []);
  return { state, choices, choose, cancel };
}
