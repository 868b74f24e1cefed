import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { judgedFrameworks } from '../../../shared/analysis/frameworkTree';
import { MATRIX_FRAMEWORK_ID } from '../../../shared/domain/ratingScales';
import { useServices } from '../../services/AppContext';
import { useCodes, useEvaluation, useReportSettings } from '../../store';
import { CreateReport } from './CreateReport';
import { EvidenceListExport } from './EvidenceListExport';
import { QuotesPanel } from './QuotesPanel';
import { SectionList } from './SectionList';
import { TemplateChooser } from './TemplateChooser';
import { TitlePagePanel } from './TitlePagePanel';
import { useReportPreview } from './useReportPreview';
import { useReportSettingsEdit } from './useReportSettingsEdit';
import './report.css';

/**
 * The report screen: the title page, the template, quotes and anonymisation, then every section in the
 * report's order with its switch, its place, the evaluator's texts and a preview of its data part; and
 * the one way to make the report ("Skapa rapport") and its evidence list.
 */
export function ReportScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const evaluation = useEvaluation(repos, evaluationId);
  const settings = useReportSettings(repos, evaluationId);
  const codes = useCodes(repos, evaluationId);
  const edit = useReportSettingsEdit(evaluationId);
  const preview = useReportPreview(evaluationId, settings?.updatedAt ?? '');
  const factorFrameworks = useMemo(() => judgedFrameworks(codes ?? []).filter((id) => id !== MATRIX_FRAMEWORK_ID), [codes]);
  if (!evaluation || !settings) return <p className="muted">{t('ui.common.loading')}</p>;
  return (
    <section className="screen report-screen" aria-labelledby="report-heading">
      <header className="screen-header">
        <h1 id="report-heading">{t('ui.report.heading')}</h1>
        <div className="actions">
          <EvidenceListExport evaluationId={evaluationId} title={evaluation.title} />
          <CreateReport evaluationId={evaluationId} />
        </div>
      </header>
      <p className="muted report-lead">{t('ui.report.lead')}</p>
      <div className="report-settings">
        <TitlePagePanel evaluation={evaluation} settings={settings} edit={edit} />
        <div className="report-settings-side">
          <TemplateChooser template={settings.template} edit={edit} />
          <QuotesPanel settings={settings} edit={edit} />
        </div>
      </div>
      <SectionList settings={settings} factorFrameworks={factorFrameworks} preview={preview} edit={edit} />
    </section>
  );
}
