import { useEffect, useMemo, useState } from 'react';
import type { CellValue } from '../../../shared/domain/tableValues';
import { foldForSearch, keptPerRow, projectTextsBy, rowOrder, rowPasses, rowSearchText, type GridRow, type ProjectFilter, type SortState } from './gridModel';
import { filterInSlices, sortInSlices, type Slicing } from './slicedWork';

/** How long one slice of filtering or sorting may hold the UI thread, in ms. */
const SLICE_MS = 8;

/** Up to this many rows the filter and sort run at once in the render: a few ms, and no flash of the old order. */
const INLINE_ROWS = 2_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface GridViewInput<R extends GridRow> {
  rows: readonly R[];
  text: string;
  filter: ProjectFilter;
  /** Stands for `filter`, which may be rebuilt on every render. */
  filterKey: string;
  sort: SortState | null;
  show: (value: CellValue, column: number) => string;
  projectName: (projectId: string | null) => string | null;
}

export interface GridView<R> {
  shown: readonly R[];
  /** Whether a filter or sort is still under way (what is shown is the one before). */
  pending: boolean;
}

/**
 * The rows the grid shows: filtered by project and text, then sorted. With no text and no sort, or up to
 * INLINE_ROWS rows, it is done in the render; otherwise the work runs in slices of a few ms with the UI
 * free between them, so typing in the filter stays responsive over 100,000 rows, and a keystroke stops
 * the pass of the one before. Each
 * row's search text is made once (for these columns and words) and kept while the row is.
 */
export function useGridView<R extends GridRow>({ rows, text, filter, filterKey, sort, show, projectName }: GridViewInput<R>): GridView<R> {
  const needle = foldForSearch(text.trim());
  const quick = needle === '' && sort === null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `filter` is rebuilt each render; filterKey stands for it
  const projectOnly = useMemo(() => rows.filter((row) => rowPasses(row, '', filter, () => '', () => '')), [rows, filterKey]);
  const searchText = useMemo(() => keptPerRow((row: R) => rowSearchText(row, show)), [show]);
  const projectText = useMemo(() => projectTextsBy(projectName), [projectName]);
  // Whether each row passes, kept for this needle and filter: a pass stopped by rows still arriving (or
  // by a sort) is not lost, the next one starts where it was.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `filter` is rebuilt each render; filterKey stands for it
  const passes = useMemo(() => keptPerRow((row: R) => rowPasses(row, needle, filter, searchText, projectText)), [needle, filterKey, searchText, projectText]);
  // One job per set of inputs: a result is current only for the job it was made for.
  const job = useMemo(() => ({ rows, passes, sort, projectName }), [rows, passes, sort, projectName]);
  const inline = quick || rows.length <= INLINE_ROWS;
  const inlineShown = useMemo(() => {
    if (!inline) return null;
    const passed = quick ? projectOnly : rows.filter(passes);
    return sort === null ? passed : [...passed].sort(rowOrder<R>(sort, projectName));
  }, [inline, quick, projectOnly, rows, passes, sort, projectName]);
  const [done, setDone] = useState<{ job: typeof job; shown: R[] } | null>(null);

  useEffect(() => {
    if (inline) return undefined;
    let live = true;
    const slicing: Slicing = {
      budgetMs: SLICE_MS,
      now: () => performance.now(),
      pause: () => nextTask().then(() => live),
    };
    void (async () => {
      // The keystroke's own render first.
      await nextTask();
      if (!live) return;
      const passed = await filterInSlices(job.rows, job.passes, slicing);
      const sorted = passed && job.sort !== null ? await sortInSlices(passed, rowOrder<R>(job.sort, job.projectName), slicing) : passed;
      if (sorted && live) setDone({ job, shown: sorted });
    })();
    return () => {
      live = false;
    };
  }, [inline, job]);

  if (inlineShown) return { shown: inlineShown, pending: false };
  if (done?.job === job) return { shown: done.shown, pending: false };
  // Until the pass is done: the last result while the text is refined, else the rows of the project filter.
  return { shown: done?.shown ?? projectOnly, pending: true };
}
