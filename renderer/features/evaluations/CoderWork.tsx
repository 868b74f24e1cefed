import { useTranslation } from 'react-i18next';
import { showBidiControls } from '../../../shared/base/bidiControls';
import { useServices } from '../../services/AppContext';
import { useCoderWork } from '../../store';
import './merge.css';

/** The overview's small table of who has coded what: per coder, documents assigned, documents coded, quotes coded. */
export function CoderWork({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const rows = useCoderWork(repos, evaluationId);
  if (!rows) return null;
  if (rows.length === 0) return <p className="muted">{t('ui.coders.noWork')}</p>;
  return (
    <table className="table coder-work">
      <caption className="visually-hidden">{t('ui.coders.workCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ui.coders.coder')}</th>
          <th scope="col" className="numeric">
            {t('ui.coders.assigned')}
          </th>
          <th scope="col" className="numeric">
            {t('ui.coders.codedDocuments')}
          </th>
          <th scope="col" className="numeric">
            {t('ui.coders.passages')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.coder}>
            <th scope="row">{row.coder === '' ? <em>{t('ui.coders.noName')}</em> : showBidiControls(row.coder)}</th>
            <td className="numeric">{row.assigned}</td>
            <td className="numeric">{row.codedDocuments}</td>
            <td className="numeric">{row.passages}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
