import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { useServices } from '../../services/AppContext';
import { useCodes, useDataset, useDatasetCodings, useDatasetRows, useProjects } from '../../store';
import { unmatchedKeys } from '../../../shared/ingest/tables/unmatchedKeys';
import { lastStep, recordStep, recordWhenWritten } from '../../services/history';
import { useNotify } from '../../ui/notify';
import { routeHref } from '../../services/route';
import type { JudgementChange } from '../coding/JudgementEditor';
import { rememberCode } from '../coding/recentCodes';
import { useCodingKeys } from '../coding/useCodingKeys';
import { DataCodingPanel } from './DataCodingPanel';
import { DataGrid, type CodedMarks, type GridSelection } from './DataGrid';
import { formatCell } from '../../../shared/domain/formatCell';
import { nextSort, type ProjectFilter, type SortState } from './gridModel';
import { useGridView } from './useGridView';
import { RowsReading } from './RowsReading';
import { UnmatchedKeys } from './UnmatchedKeys';
import { useDatasetExport } from './useDatasetExport';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { formatDate } from '../../ui/formatDates';
import { errorDetail } from '../../ui/errorDetail';
import { showBidiControls } from '../../../shared/base/bidiControls';
import type { DatasetRow } from '../../../shared/domain';
import type { CellValue } from '../../../shared/domain/tableValues';

const ALL = '';
const NO_ROWS: DatasetRow[] = [];
const NONE = '__none__';

/** One dataset: a virtualised, sortable, filterable grid; keys to match by hand; rows and cells to code. */
export function DatasetScreen({ evaluationId, datasetId }: { evaluationId: string; datasetId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const exportCsv = useDatasetExport();
  const dataset = useDataset(repos, datasetId);
  const read = useDatasetRows(repos, datasetId);
  const rows = read?.rows;
  const projects = useProjects(repos, evaluationId);
  const codings = useDatasetCodings(repos, datasetId);
  const codes = useCodes(repos, evaluationId);
  const [sort, setSort] = useState<SortState | null>(null);
  const [text, setText] = useState('');
  const [projectFilter, setProjectFilter] = useState(ALL);
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  const names = useMemo(() => new Map((projects ?? []).map((project) => [project.id, project.name])), [projects]);
  const projectName = useCallback((id: string | null) => (id === null ? null : (names.get(id) ?? null)), [names]);
  // From the rows read (and kept live), once all are: a second reading of every row held the UI thread.
  const unmatched = useMemo(() => (read?.complete ? unmatchedKeys(read.rows) : undefined), [read]);
  const filter: ProjectFilter = projectFilter === ALL ? { kind: 'all' } : projectFilter === NONE ? { kind: 'none' } : { kind: 'project', projectId: projectFilter };
  const columns = useMemo(() => dataset?.columns ?? [], [dataset]);
  const yesNo = useMemo(() => ({ yes: t('ui.datasets.yes'), no: t('ui.datasets.no') }), [t]);
  const filterKey = `${filter.kind}:${filter.kind === 'project' ? filter.projectId : ''}`;
  const show = useCallback((value: CellValue, column: number) => formatCell(value, columns[column]?.type ?? 'text', yesNo), [columns, yesNo]);
  const { shown, pending } = useGridView({ rows: rows ?? NO_ROWS, text, filter, filterKey, sort, show, projectName });
  const coded: CodedMarks = useMemo(() => {
    const marks = new Map<string, { row: boolean; columns: Set<number> }>();
    for (const coding of codings ?? []) {
      const mark = marks.get(coding.rowId) ?? { row: false, columns: new Set<number>() };
      if (coding.column === null) mark.row = true;
      else mark.columns.add(coding.column);
      marks.set(coding.rowId, mark);
    }
    return marks;
  }, [codings]);

  const failed = useCallback((error: unknown) => notify(t('ui.common.actionFailed', { detail: errorDetail(t, error) })), [notify, t]);

  /** Codes the selection: a selected cell as a cell, a selected row (Esc in the grid) as the whole row. */
  const apply = async (codeId: string) => {
    if (!selection) {
      notify(t('ui.coding.selectRowFirst'));
      return;
    }
    const found = (codes ?? []).find((c) => c.id === codeId);
    const label = found ? codeLabel(found, i18n.language) : '';
    try {
      const row = read?.rowOf(selection.rowId);
      if (!row) throw new Error(`No row ${selection.rowId}`);
      const step = await repos.coding.codeData(row, selection.column, codeId);
      recordStep(step);
      rememberCode(evaluationId, codeId);
      if (!step) notify(t('ui.coding.alreadyCoded', { code: label }));
      else notify(t(selection.column === null ? 'ui.coding.rowCoded' : 'ui.coding.cellCoded', { code: label }));
    } catch (error) {
      failed(error);
    }
  };

  const onJudge = useCallback(
    async (codingId: string, change: JudgementChange) => {
      try {
        await recordWhenWritten(lastStep(evaluationId).then((previous) => repos.coding.judgeData(codingId, change, previous)));
      } catch (error) {
        failed(error);
      }
    },
    [repos, failed, evaluationId],
  );

  useCodingKeys({ codes: codes ?? [], filterRef, onShortcut: (found) => void apply(found.id) });

  if (dataset === null) return <p>{t('ui.common.notFound')}</p>;
  if (!dataset || !read || !rows || !projects) return <p className="muted">{t('ui.common.loading')}</p>;

  return (
    <section className="screen screen-wide" aria-labelledby="dataset-heading">
      <a className="back-link" href={routeHref({ name: 'datasets', evaluationId })}>
        {t('ui.datasets.back')}
      </a>
      <header className="screen-header">
        <div>
          <h1 id="dataset-heading">{showBidiControls(dataset.name)}</h1>
          <p className="muted small dataset-meta">
            {t('ui.datasets.meta', {
              file: showBidiControls(dataset.fileName),
              rows: t('ui.counts.rows', { count: formatSwedishNumber(dataset.rowCount) }),
              version: dataset.version,
              date: formatDate(dataset.updatedAt),
              key: dataset.keyColumn === null ? t('ui.datasets.noKeyColumn') : (dataset.columns[dataset.keyColumn]?.name ?? ''),
            })}
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => void exportCsv(dataset, 'semicolon')}>
            {t('ui.datasets.exportSemicolon')}
          </button>
          <button type="button" onClick={() => void exportCsv(dataset, 'comma')}>
            {t('ui.datasets.exportComma')}
          </button>
        </div>
      </header>
      <div className="filters" role="group" aria-label={t('ui.datasets.filters')}>
        <label>
          {t('ui.datasets.filterText')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('ui.datasets.filterProject')}
          <select value={projectFilter} onChange={(e) => setProjectFilter(e.target.value)}>
            <option value={ALL}>{t('ui.datasets.allProjects')}</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
            <option value={NONE}>{t('ui.datasets.withoutProject')}</option>
          </select>
        </label>
        <span className="muted small" aria-live="polite" aria-busy={pending}>
          {t('ui.datasets.shown', { shown: formatSwedishNumber(shown.length), count: formatSwedishNumber(read.complete ? rows.length : read.total) })}
        </span>
        {pending && <span className="muted small">{t('ui.datasets.filtering')}</span>}
        {!read.complete && <RowsReading read={rows.length} total={read.total} />}
      </div>
      <div className="dataset-layout">
        <div className="dataset-main">
          <DataGrid
            caption={t('ui.datasets.gridCaption', { name: dataset.name })}
            columns={columns}
            rows={shown}
            projectName={projectName}
            noProjectLabel={dataset.keyColumn === null ? '–' : t('ui.datasets.unmatched')}
            coded={coded}
            sort={sort}
            onSort={(column) => setSort((current) => nextSort(current, column))}
            selection={selection}
            onSelect={setSelection}
          />
          <p className="muted small">{t('ui.datasets.gridHint')}</p>
        </div>
        <div className="dataset-side">
          <DataCodingPanel
            evaluationId={evaluationId}
            codes={codes ?? []}
            columns={columns}
            codings={codings ?? []}
            rowOf={read.rowOf}
            selection={selection}
            filterRef={filterRef}
            onApply={(codeId) => void apply(codeId)}
            onShow={setSelection}
            onUncode={(codingId, id) => void repos.coding.uncodeData(codingId, id).then(recordStep, failed)}
            onJudge={onJudge}
          />
          {dataset.keyColumn !== null && unmatched && (
            <UnmatchedKeys
              keys={unmatched}
              projects={projects}
              onMatch={async (key, projectId) => {
                const count = await repos.datasets.matchKey(evaluationId, key, projectId);
                notify(t('ui.datasets.matched', { key, name: names.get(projectId) ?? '', count }));
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
