import { useTranslation } from 'react-i18next';
import type { Heatmap } from '../../../shared/analysis/judgementHeatmap';
import type { Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { SpreadsheetExport } from '../evidence/SpreadsheetExport';
import { exportHeatmap } from './exportHeatmap';

/**
 * "Exportera bedömningar": the heatmap as shown (framework, filter, the programme column) as an Excel
 * workbook (the grid and one row per judgement) or as CSV for Swedish Excel (one row per judgement).
 */
export function HeatmapExport(props: { evaluationId: Id; map: Heatmap; frameworkId: string; frameworkName: string }) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
  return (
    <SpreadsheetExport
      button={t('ui.heatmapExport.button')}
      title={t('ui.heatmapExport.title')}
      lead={t('ui.heatmapExport.lead')}
      submit={t('ui.heatmapExport.submit')}
      onExport={async (format) => {
        const { saved, fileName, count } = await exportHeatmap(repos, platform, { ...props, format, language: i18n.language === 'en' ? 'en' : 'sv' }, t);
        return saved ? t('ui.heatmapExport.exported', { fileName, count }) : null;
      }}
    />
  );
}
