import { useTranslation } from 'react-i18next';
import { coefficientText, percentText } from '../../../shared/analysis/agreement/figureText';
import type { AgreementFigures, AgreementRun } from '../../../shared/domain';
import { formatDateTime } from '../../ui/formatDates';

/** The measurements kept ("Spara mätningen"), newest first, as the report's method section will state them. */
export function RunsTable({ runs }: { runs: readonly AgreementRun[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = (f: AgreementFigures) => [percentText(f.percent, lang), coefficientText(f.kappa, lang), coefficientText(f.alpha, lang)].join(' · ');
  return (
    <section className="agreement-part" aria-labelledby="agreement-runs">
      <h2 id="agreement-runs">{t('ui.agreement.runs')}</h2>
      {runs.length === 0 ? (
        <p>{t('ui.agreement.noRuns')}</p>
      ) : (
        <div className="table-scroll">
          <table className="agreement-runs">
            <caption>{t('ui.agreement.runsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.agreement.runAt')}</th>
                <th scope="col">{t('ui.agreement.runUnit')}</th>
                <th scope="col">{t('ui.agreement.runCoders')}</th>
                <th scope="col">{t('ui.agreement.runDocuments')}</th>
                <th scope="col">{t('ui.agreement.runBefore')}</th>
                <th scope="col">{t('ui.agreement.runAfter')}</th>
                <th scope="col">{t('ui.agreement.runResolved')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{formatDateTime(run.createdAt)}</th>
                  <td>{t(`agreement.unit.${run.unit}`)}</td>
                  <td>{run.coders.join(', ')}</td>
                  <td className="number">{run.documentIds.length}</td>
                  <td>{figures(run.before.overall)}</td>
                  <td>{figures(run.after.overall)}</td>
                  <td className="number">{run.resolved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
