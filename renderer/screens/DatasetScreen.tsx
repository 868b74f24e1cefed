import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSwedishNumber } from '../../shared/format/swedishNumber';
import { useServices } from '../app/AppContext';
import { useNotify } from '../app/notify';
import { routeHref } from '../app/route';
import { DataCodingPanel } from '../datasets/DataCodingPanel';
import { DataGrid, type CodedMarks, type GridSelection } from '../datasets/DataGrid';
import { formatCell } from '../datasets/formatCell';
import { filterRows, nextSort, sortRows, type ProjectFilter, type SortState } from '../datasets/gridModel';
import { UnmatchedKeys } from '../datasets/UnmatchedKeys';
import { useDatasetExport } from '../datasets/useDatasetExport';
import { formatDate } from '../lib/formatDates';

const ALL = '';
const NONE = '__none__';

/** One dataset: a virtualised, sortable, filterable grid; keys to match by hand; rows and cells to code. */
export function DatasetScreen({ evaluationId, datasetId }: { evaluationId: string; datasetId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const exportCsv = useDatasetExport();
  const dataset = useLiveQuery(async () => (await repos.datasets.get(datasetId)) ?? null, [datasetId]);
  const rows = useLiveQuery(() => repos.datasets.rows(datasetId), [datasetId]);
  const projects = useLiveQuery(() => repos.projects.list(evaluationId), [evaluationId]);
  const unmatched = useLiveQuery(() => repos.datasets.unmatchedKeys(datasetId), [datasetId]);
  const codings = useLiveQuery(() => repos.datasets.codings(datasetId), [datasetId]);
  const codes = useLiveQuery(() => repos.codes.list(evaluationId), [evaluationId]);
  const [sort, setSort] = useState<SortState | null>(null);
  const [text, setText] = useState('');
  const [projectFilter, setProjectFilter] = useState(ALL);
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const [codeId, setCodeId] = useState('');

  const names = useMemo(() => new Map((projects ?? []).map((project) => [project.id, project.name])), [projects]);
  const projectName = useCallback((id: string | null) => (id === null ? null : (names.get(id) ?? null)), [names]);
  const rowsById = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  const filter: ProjectFilter = projectFilter === ALL ? { kind: 'all' } : projectFilter === NONE ? { kind: 'none' } : { kind: 'project', projectId: projectFilter };
  const columns = useMemo(() => dataset?.columns ?? [], [dataset]);
  const yesNo = useMemo(() => ({ yes: t('ui.datasets.yes'), no: t('ui.datasets.no') }), [t]);
  const filterKey = `${filter.kind}:${filter.kind === 'project' ? filter.projectId : ''}`;
  const filtered = useMemo(
    () => filterRows(rows ?? [], text, filter, (value, column) => formatCell(value, columns[column]?.type ?? 'text', yesNo), projectName),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `filter` is rebuilt each render; filterKey stands for it
    [rows, text, filterKey, columns, yesNo, projectName],
  );
  const shown = useMemo(() => sortRows(filtered, sort, projectName), [filtered, sort, projectName]);
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

  if (dataset === null) return <p>{t('ui.common.notFound')}</p>;
  if (!dataset || !rows || !projects) return <p className="muted">{t('ui.common.loading')}</p>;

  const code = async (column: number | null) => {
    if (!selection || codeId === '') return;
    try {
      await repos.datasets.code(selection.rowId, column, codeId);
      notify(column === null ? t('ui.datasets.rowCoded') : t('ui.datasets.cellCoded'));
    } catch (error) {
      notify(t('ui.common.actionFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="screen screen-wide" aria-labelledby="dataset-heading">
      <a className="back-link" href={routeHref({ name: 'datasets', evaluationId })}>
        {t('ui.datasets.back')}
      </a>
      <header className="screen-header">
        <div>
          <h1 id="dataset-heading">{dataset.name}</h1>
          <p className="muted small dataset-meta">
            {t('ui.datasets.meta', {
              file: dataset.fileName,
              rows: formatSwedishNumber(dataset.rowCount),
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
        <span className="muted small" aria-live="polite">
          {t('ui.datasets.shown', { count: formatSwedishNumber(shown.length), total: formatSwedishNumber(rows.length) })}
        </span>
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
            codes={codes ?? []}
            columns={columns}
            codings={codings ?? []}
            rowsById={rowsById}
            selection={selection}
            codeId={codeId}
            onCodeId={setCodeId}
            onCode={(column) => void code(column)}
            onShow={setSelection}
            onUncode={(codingId, id) => void repos.datasets.uncode(codingId, id)}
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
