import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellCounts, countMatrixEvidence } from '../../../shared/analysis/matrixCounts';
import { MATRIX_LEVEL_ORDER } from '../../../shared/analysis/matrixCells';
import { MATRIX_COLUMNS } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useCodes, useEvaluationDataCodings, useEvaluationSegments } from '../../store';
import { useMenuCommand } from '../../services/commands';
import { useNotify } from '../../ui/notify';
import { routeHref } from '../../services/route';
import { codeLabel } from '../../../shared/domain/codeLabel';

/** The results matrix with the number of coded passages per cell and category; exports the report. */
export function MatrixScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const codes = useCodes(repos, evaluationId);
  const segments = useEvaluationSegments(repos, evaluationId);
  const dataCodings = useEvaluationDataCodings(repos, evaluationId);
  // Coded table rows and cells are evidence too.
  const counts = useMemo(() => (codes && segments && dataCodings ? countMatrixEvidence(codes, [...segments, ...dataCodings]) : null), [codes, segments, dataCodings]);
  const [exporting, setExporting] = useState(false);

  const runExport = async () => {
    setExporting(true);
    try {
      // The report builder (docx) loads on first use, keeping start-up light.
      const { exportReport } = await import('./exportReport');
      const result = await exportReport(repos, platform, evaluationId);
      if (result.saved) notify(t('ui.matrix.exported', { fileName: result.fileName }));
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  };
  useMenuCommand('export-report', () => void runExport());

  return (
    <section className="screen" aria-labelledby="matrix-heading">
      <header className="screen-header">
        <h1 id="matrix-heading">{t('ui.matrix.heading')}</h1>
        <div className="actions">
          <button type="button" className="primary" onClick={runExport} disabled={exporting}>
            {t('ui.matrix.export')}
          </button>
        </div>
      </header>
      <p className="lead">{t('ui.matrix.lead')}</p>
      {counts && (
        <>
          <p className="matrix-total">{t('ui.matrix.total', { count: counts.total })}</p>
          <table className="table matrix">
            <caption className="visually-hidden">{t('ui.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.matrix.level')}</th>
                {MATRIX_COLUMNS.map((column) => (
                  <th scope="col" key={column}>
                    {t(`column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {MATRIX_LEVEL_ORDER.map((level) => (
                <tr key={level}>
                  <th scope="row">{t(`level.${level}`)}</th>
                  {MATRIX_COLUMNS.map((column) => {
                    const cell = cellCounts(counts, level, column);
                    const cellName = `${t(`level.${level}`)} – ${t(`column.${column}`)}`;
                    return (
                      <td key={column} className={cell && cell.total > 0 ? 'matrix-cell' : 'matrix-cell matrix-cell-empty'} aria-label={t('ui.matrix.cellLabel', { cell: cellName, count: cell?.total ?? 0 })}>
                        <ul className="matrix-categories">
                          {cell?.categories.map(({ code, count }) => (
                            <li key={code.id} className={count > 0 ? 'has-evidence' : 'no-evidence'}>
                              {count > 0 ? <a href={routeHref({ name: 'code', evaluationId, codeId: code.id })}>{codeLabel(code, i18n.language)}</a> : <span>{codeLabel(code, i18n.language)}</span>}
                              <span className="count" aria-label={t('ui.matrix.countLabel', { count })}>
                                {count}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
