import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, DatasetRow } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { useServices } from '../../services/AppContext';
import { useDatasets, useProject, useProjectDocuments, useProjectRows } from '../../store';
import { routeHref } from '../../services/route';
import { EmptyState } from '../../ui/ListTable';
import { formatCell } from '../../../shared/domain/formatCell';
import { isNumericType } from '../datasets/gridModel';
import { formatPeriod, formatSek } from '../../ui/formatDates';

const ROWS_SHOWN = 50;

function DatasetRows({ evaluationId, dataset, rows }: { evaluationId: string; dataset: Dataset; rows: DatasetRow[] }) {
  const { t } = useTranslation();
  const yesNo = { yes: t('ui.datasets.yes'), no: t('ui.datasets.no') };
  const headingId = `project-dataset-${dataset.id}`;
  return (
    <section className="project-dataset" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={routeHref({ name: 'dataset', evaluationId, datasetId: dataset.id })}>{dataset.name}</a>{' '}
        <span className="muted small">{t('ui.projectPage.rowCount', { count: formatSwedishNumber(rows.length) })}</span>
      </h3>
      <div className="table-scroll">
        <table className="table compact-table">
          <caption className="visually-hidden">{t('ui.projectPage.rowsCaption', { name: dataset.name })}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('ui.datasets.line')}
              </th>
              {dataset.columns.map((column, c) => (
                <th scope="col" key={c} className={isNumericType(column.type) ? 'numeric' : undefined}>
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS_SHOWN).map((row) => (
              <tr key={row.id}>
                <td className="numeric muted">{row.line}</td>
                {dataset.columns.map((column, c) => (
                  <td key={c} className={isNumericType(column.type) ? 'numeric nowrap' : undefined}>
                    {formatCell(row.values[c] ?? null, column.type, yesNo)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > ROWS_SHOWN && <p className="muted small">{t('ui.projectPage.moreRows', { count: formatSwedishNumber(rows.length - ROWS_SHOWN) })}</p>}
    </section>
  );
}

/** One project: its facts from the register, its documents, and its rows in every dataset. */
export function ProjectScreen({ evaluationId, projectId }: { evaluationId: string; projectId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const project = useProject(repos, projectId);
  const documents = useProjectDocuments(repos, evaluationId, projectId);
  const datasets = useDatasets(repos, evaluationId);
  const rows = useProjectRows(repos, projectId);
  const byDataset = useMemo(() => {
    const groups = new Map<string, DatasetRow[]>();
    for (const row of rows ?? []) groups.set(row.datasetId, [...(groups.get(row.datasetId) ?? []), row]);
    for (const group of groups.values()) group.sort((a, b) => a.index - b.index);
    return groups;
  }, [rows]);

  if (project === null || (project && project.evaluationId !== evaluationId)) return <p>{t('ui.common.notFound')}</p>;
  if (!project) return <p className="muted">{t('ui.common.loading')}</p>;
  const withRows = (datasets ?? []).filter((dataset) => byDataset.has(dataset.id));
  const facts: [string, string][] = [
    [t('ui.project.code'), project.code || '–'],
    [t('ui.project.owner'), project.owner || '–'],
    [t('ui.project.manager'), project.manager || '–'],
    [t('ui.project.municipalities'), project.municipalities.join(', ') || '–'],
    [t('ui.project.county'), project.county || '–'],
    [t('ui.project.level'), project.level ? t(`levelShort.${project.level}`) : '–'],
    [t('ui.project.theme'), project.theme || '–'],
    [t('ui.project.period'), formatPeriod(project.startDate, project.endDate)],
    [t('ui.project.budget'), formatSek(project.budgetSek)],
    ...project.attributes.map((attribute): [string, string] => [attribute.name, attribute.value]),
  ];

  return (
    <section className="screen" aria-labelledby="project-heading">
      <a className="back-link" href={routeHref({ name: 'projects', evaluationId })}>
        {t('ui.projectPage.back')}
      </a>
      <header className="screen-header">
        <h1 id="project-heading">{project.name}</h1>
      </header>
      <div className="project-page-grid">
        <section className="panel" aria-labelledby="project-facts-heading">
          <h2 id="project-facts-heading">{t('ui.projectPage.facts')}</h2>
          <dl className="facts">
            {facts.map(([label, value], index) => (
              <Fragment key={index}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
        <section className="panel" aria-labelledby="project-documents-heading">
          <h2 id="project-documents-heading">{t('ui.projectPage.documents', { count: documents?.length ?? 0 })}</h2>
          {documents && documents.length === 0 && <p className="muted small">{t('ui.projectPage.noDocuments')}</p>}
          <ul className="plain-list">
            {(documents ?? []).map((document) => (
              <li key={document.id}>
                <a href={routeHref({ name: 'reader', evaluationId, documentId: document.id })}>{document.title}</a>
                <span className="muted small">
                  {' · '}
                  {t(`documentType.${document.type}`)}
                  {document.date ? ` · ${document.date}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <h2 className="spaced">{t('ui.projectPage.data')}</h2>
      {rows && withRows.length === 0 && (
        <EmptyState>
          <p>{t('ui.projectPage.noRows')}</p>
        </EmptyState>
      )}
      {withRows.map((dataset) => (
        <DatasetRows key={dataset.id} evaluationId={evaluationId} dataset={dataset} rows={byDataset.get(dataset.id) ?? []} />
      ))}
    </section>
  );
}
