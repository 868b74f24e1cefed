import { useTranslation } from 'react-i18next';
import type { Dataset, DatasetRow } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { formatCell } from '../../../shared/domain/formatCell';
import { routeHref } from '../../services/route';
import { isNumericType } from '../datasets/gridModel';

const ROWS_SHOWN = 50;

/** A project's rows in one dataset, the first fifty of them, with a link to the whole dataset. */
export function ProjectDatasetRows({ evaluationId, dataset, rows }: { evaluationId: string; dataset: Dataset; rows: DatasetRow[] }) {
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
