import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/AppContext';
import { evidenceListInWorker } from '../../services/workers/reportInWorker';
import { SpreadsheetExport } from '../evidence/SpreadsheetExport';
import { saveSpreadsheet } from '../evidence/saveSpreadsheet';
import { sheetCsv, sheetXlsx } from '../evidence/evidenceFiles';
import { fileNamePart } from '../../../shared/base/fileNamePart';
import { isoDateOf } from '../../../shared/base/isoDate';

/**
 * "Bevislista": the report's evidence list (every quote with its evidence number, the numbers of the
 * report's footnotes and appendix) as an Excel workbook or CSV: the list is made in the report worker from
 * the evaluation as stored, in the report's language, and written here.
 */
export function EvidenceListExport({ evaluationId, title }: { evaluationId: string; title: string }) {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  return (
    <SpreadsheetExport
      button={t('ui.report.evidence.button')}
      title={t('ui.report.evidence.title')}
      lead={t('ui.report.evidence.lead')}
      submit={t('ui.report.evidence.submit')}
      onExport={async (format) => {
        const outcome = await evidenceListInWorker(repos.evaluationFiles.databaseName, evaluationId, isoDateOf(new Date())).result;
        if (!outcome.ok) throw new Error(outcome.detail);
        const bytes = format === 'xlsx' ? await sheetXlsx(outcome.sheet) : sheetCsv(outcome.sheet);
        const fileName = `${t('ui.report.evidence.fileName', { title: fileNamePart(title) || 'Spårbar' })}.${format}`;
        const saved = await saveSpreadsheet(platform, t, fileName, format, bytes);
        return saved ? t('ui.report.evidence.exported', { fileName, count: outcome.sheet.rows.length }) : null;
      }}
    />
  );
}
