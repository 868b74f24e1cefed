import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { exportEvidenceTable } from './exportEvidenceTable';
import { SpreadsheetExport } from './SpreadsheetExport';

/**
 * "Exportera citattabell": every piece of evidence with its codes, project, document, page and judgement,
 * as an Excel workbook or as CSV for Swedish Excel, in the language of the UI.
 */
export function EvidenceExport({ evaluationId }: { evaluationId: Id }) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  return (
    <SpreadsheetExport
      button={t('ui.evidenceExport.button')}
      title={t('ui.evidenceExport.title')}
      lead={t('ui.evidenceExport.lead')}
      submit={t('ui.evidenceExport.submit')}
      onExport={async (format) => {
        const { saved, fileName, count } = await exportEvidenceTable(repos, platform, evaluationId, format, i18n.language === 'en' ? 'en' : 'sv', t);
        return saved ? t('ui.evidenceExport.exported', { fileName, count }) : null;
      }}
    />
  );
}
