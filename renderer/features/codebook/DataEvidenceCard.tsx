import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../services/route';
import { formatCell } from '../../../shared/domain/formatCell';
import { JudgementLine } from './JudgementLine';
import type { DataEvidence } from './useDataEvidence';

/** How many cells of a whole coded row are shown. */
const ROW_CELLS = 6;

/**
 * A coded table row or cell as evidence: dataset, row (and column), project, the values, and the judgement;
 * `action` (a button, say) goes at its end.
 */
export function DataEvidenceCard({ evaluationId, item, action }: { evaluationId: string; item: DataEvidence; action?: ReactNode }) {
  const { t } = useTranslation();
  const { coding, dataset, row, project } = item;
  const name = dataset?.name ?? '–';
  const line = row ? row.line : '–';
  const column = coding.column !== null ? dataset?.columns[coding.column] : undefined;
  const title = column ? t('ui.codebookEditor.quoteList.dataCell', { dataset: name, line, column: column.name }) : t('ui.codebookEditor.quoteList.dataRow', { dataset: name, line });
  const yesNo = { yes: t('ui.codebookEditor.quoteList.yes'), no: t('ui.codebookEditor.quoteList.no') };
  const cells =
    dataset && row
      ? (coding.column !== null ? [coding.column] : dataset.columns.map((_, i) => i).slice(0, ROW_CELLS))
          .map((i) => ({ name: dataset.columns[i]?.name ?? '', value: formatCell(row.values[i] ?? null, dataset.columns[i]?.type ?? 'text', yesNo) }))
          .filter((cell) => cell.value !== '')
      : [];
  return (
    <li className="quote-card">
      <p className="quote-citation">
        {project?.name ?? t('ui.codebookEditor.quote.noProject')}, <a href={routeHref({ name: 'dataset', evaluationId, datasetId: coding.datasetId })}>{title}</a>
      </p>
      {cells.length > 0 && (
        <p className="data-values">
          {cells.map((cell, i) => (
            <span key={i} className="data-value">
              <span className="muted">{cell.name}:</span> {cell.value}
            </span>
          ))}
        </p>
      )}
      <JudgementLine judgement={coding} />
      {action}
    </li>
  );
}
