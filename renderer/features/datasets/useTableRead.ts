import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import type { TableErrorCode } from '../../../shared/domain/importError';
import type { ColumnType } from '../../../shared/domain/tableValues';
import type { Project } from '../../../shared/domain';
import type { MatchCounts } from '../../../shared/ingest/tables/keyColumn';
import { readTableInWorker, type StoreOutcome, type StoreRequest, type TableJob, type TableRead } from '../../services/workers/tableInWorker';
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
  | { status: 'reading'; progress: number; previous: TableRead | null }
  | { status: 'read'; read: TableRead }
  | { status: 'failed'; code: TableErrorCode | 'timeout'; detail: string; previous: TableRead | null };

function optionsOf(file: OpenedFile, choices: ReadChoices): Omit<TableReadOptions, 'onProgress'> {
  const options: Omit<TableReadOptions, 'onProgress'> = { fileName: file.name };
  if (choices.delimiter !== undefined) options.delimiter = choices.delimiter;
  if (choices.hasHeader !== undefined) options.hasHeader = choices.hasHeader;
  if (choices.skipLines !== undefined) options.skipLines = choices.skipLines;
  if (choices.sheet !== undefined) options.sheet = choices.sheet;
  if (choices.types !== undefined && Object.keys(choices.types).length > 0) options.types = choices.types;
  return options;
}

/** The table of a read state: the one read, or the one shown while reading again. */
export function shownRead(state: ReadState): TableRead | null {
  return state.status === 'read' ? state.read : state.previous;
}

export interface TableReadSetup {
  /** Every row to the page (a project register is planned there); else the preview's rows only. */
  whole?: boolean;
  /** The evaluation's projects, for the key column's guess and counts. */
  projects?: readonly Project[];
  /** The database a store will write to: the worker opens it once the table is read. */
  databaseName?: string;
}

/**
 * Reads a table in a worker, and again whenever the choices change; cancelling stops the worker. The
 * worker keeps the table: `matches` counts a key column's matches there and `store` stores it from there.
 */
export function useTableRead(file: OpenedFile, setup: TableReadSetup = {}) {
  const [choices, setChoices] = useState<ReadChoices>({});
  const [state, setState] = useState<ReadState>({ status: 'reading', progress: 0, previous: null });
  const job = useRef<TableJob | null>(null);
  const lastRead = useRef<TableRead | null>(null);
  const projects = useRef<readonly Project[]>([]);
  const latestProjects = setup.projects;
  const whole = setup.whole ?? false;
  const databaseName = setup.databaseName;

  useEffect(() => {
    projects.current = latestProjects ?? [];
  }, [latestProjects]);

  useEffect(() => {
    let live = true;
    setState({ status: 'reading', progress: 0, previous: lastRead.current });
    const current = readTableInWorker(
      file.bytes,
      optionsOf(file, choices),
      (fraction) => {
        if (live) setState({ status: 'reading', progress: fraction, previous: lastRead.current });
      },
      { whole, projects: projects.current, ...(databaseName ? { databaseName } : {}) },
    );
    job.current = current;
    void current.result.then((outcome) => {
      if (!live) return;
      if (outcome.ok) {
        lastRead.current = outcome.read;
        // A transition: the preview of a wide table is rendered in slices, not in one task of the UI thread.
        startTransition(() => setState({ status: 'read', read: outcome.read }));
      } else setState({ status: 'failed', code: outcome.code, detail: outcome.detail, previous: lastRead.current });
    });
    return () => {
      live = false;
      job.current = null;
      current.cancel();
    };
  }, [file, choices, whole, databaseName]);

  const cancel = useCallback(() => job.current?.cancel(), []);
  const matches = useCallback((keyColumn: number | null): Promise<MatchCounts | null> => job.current?.matches(keyColumn, projects.current) ?? Promise.resolve(null), []);
  const store = useCallback(
    (request: StoreRequest): Promise<StoreOutcome> => job.current?.store(request) ?? Promise.resolve({ ok: false, error: new Error('no table was read') }),
    [],
  );
  /** Changes how the table is read; a change of shape (delimiter, header, lines, sheet) resets the column types. */
  const choose = useCallback((change: ReadChoices) => {
    setChoices((current) => {
      const shape = 'delimiter' in change || 'hasHeader' in change || 'skipLines' in change || 'sheet' in change;
      const next: ReadChoices = { ...current, ...change };
      if (shape && !('types' in change)) delete next.types;
      return next;
    });
  }, []);
  return { state, choices, choose, cancel, matches, store };
}
