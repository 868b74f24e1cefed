import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { useServices } from '../../services/AppContext';
import { useDatasets, useProjects, useStoreQueryFor, useUnmatchedRowCount } from '../../store';
import { useNotify } from '../../ui/notify';
import { navigate, routeHref } from '../../services/route';
import { DeleteDialog } from '../../ui/DeleteDialog';
import { EmptyState, ListTable, RowActions } from '../../ui/ListTable';
import { DatasetImportDialog } from './DatasetImportDialog';
import { pickTable } from './pickTable';
import { useDatasetExport } from './useDatasetExport';
import { formatDate } from '../../ui/formatDates';
import type { OpenedFile } from '../../platform';
import { showBidiControls } from '../../../shared/base/bidiControls';

/** How many rows of a dataset match no project (its own query: a large dataset must not hold up the list). */
function UnmatchedCount({ datasetId }: { datasetId: string }) {
  const { repos } = useServices();
  const count = useUnmatchedRowCount(repos, datasetId);
  return <td className={count ? 'numeric nowrap attention' : 'numeric nowrap'}>{count === undefined ? '' : formatSwedishNumber(count)}</td>;
}

/** The evaluation's datasets (indicator and survey tables): import, re-import a newer version, export, delete. */
export function DatasetsScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const exportCsv = useDatasetExport();
  const datasets = useDatasets(repos, evaluationId);
  const projects = useProjects(repos, evaluationId);
  const [importing, setImporting] = useState<{ file: OpenedFile; replaces: Dataset | null } | null>(null);
  const [deleting, setDeleting] = useState<Dataset | null>(null);
  // Read when the dialog opens, for the dataset it is open for.
  const deleteMessage = useStoreQueryFor(deleting, async (dataset) => {
    const codings = await repos.datasets.codings(dataset.id);
    return t('ui.datasets.deleteMessage', {
      name: dataset.name,
      rows: t('ui.counts.rows', { count: dataset.rowCount }),
      coded: t('ui.counts.codedRows', { count: new Set(codings.map((coding) => coding.rowId)).size }),
    });
  });
  const sorted = datasets ?? [];

  const pick = async (replaces: Dataset | null) => {
    const file = await pickTable(platform, t, notify);
    if (file) setImporting({ file, replaces });
  };

  return (
    <section className="screen" aria-labelledby="datasets-heading">
      <header className="screen-header">
        <h1 id="datasets-heading">{t('ui.datasets.heading')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void pick(null)}>
            {t('ui.datasets.import')}
          </button>
        </div>
      </header>
      <p className="lead">{t('ui.datasets.lead')}</p>
      {datasets && datasets.length === 0 && (
        <EmptyState>
          <p>{t('ui.datasets.empty')}</p>
        </EmptyState>
      )}
      {sorted.length > 0 && (
        <ListTable
          caption={t('ui.datasets.caption')}
          columns={[
            { label: t('ui.datasets.name') },
            { label: t('ui.datasets.file') },
            { label: t('ui.datasets.rows'), numeric: true },
            { label: t('ui.datasets.unmatchedRows'), numeric: true },
            { label: t('ui.datasets.version'), numeric: true },
            { label: t('ui.datasets.imported') },
          ]}
        >
          {sorted.map((dataset) => {
            return (
              <tr key={dataset.id}>
                <th scope="row">
                  <a className="strong-link" href={routeHref({ name: 'dataset', evaluationId, datasetId: dataset.id })}>
                    {dataset.name}
                  </a>
                  <div className="muted small">{t('ui.datasets.columnsCount', { count: dataset.columns.length })}</div>
                </th>
                <td className="break">{showBidiControls(dataset.fileName)}</td>
                <td className="numeric nowrap">{formatSwedishNumber(dataset.rowCount)}</td>
                {dataset.keyColumn === null ? <td className="numeric">–</td> : <UnmatchedCount datasetId={dataset.id} />}
                <td className="numeric">{dataset.version}</td>
                <td className="nowrap">{formatDate(dataset.updatedAt)}</td>
                <RowActions
                  actions={[
                    { label: t('ui.datasets.open'), name: t('ui.datasets.openNamed', { name: dataset.name }), onClick: () => navigate({ name: 'dataset', evaluationId, datasetId: dataset.id }) },
                    { label: t('ui.datasets.reimport'), name: t('ui.datasets.reimportNamed', { name: dataset.name }), onClick: () => void pick(dataset) },
                    { label: t('ui.datasets.exportCsv'), name: t('ui.datasets.exportNamed', { name: dataset.name }), onClick: () => void exportCsv(dataset, 'semicolon') },
                    { label: t('ui.common.delete'), name: t('ui.datasets.deleteNamed', { name: dataset.name }), onClick: () => setDeleting(dataset), danger: true },
                  ]}
                />
              </tr>
            );
          })}
        </ListTable>
      )}
      {importing && projects && (
        <DatasetImportDialog evaluationId={evaluationId} projects={projects} file={importing.file} replaces={importing.replaces} onClose={() => setImporting(null)} />
      )}
      {deleting && (
        <DeleteDialog
          title={t('ui.datasets.deleteTitle')}
          confirmLabel={t('ui.datasets.deleteConfirm')}
          message={deleteMessage}
          onDelete={() => repos.datasets.remove(deleting.id)}
          deletedMessage={t('ui.datasets.deleted', { name: deleting.name })}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
