import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTemplate } from '../../../shared/domain/reportSettings';
import { templateStylesFrom } from '../../../shared/report/docx/templateStyles';
import { useServices } from '../../services/AppContext';
import type { ReportSettingsEdit } from './useReportSettingsEdit';
import { ChooseFileActions } from '../../ui/ChooseFileActions';

const TEMPLATE_PROBLEMS = ['notZip', 'noStyles', 'tooLarge'] as const;

/** Why a template was refused, as a key under `ui.report.template.problem`. */
function problemOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : null;
  return (TEMPLATE_PROBLEMS as readonly unknown[]).includes(code) ? String(code) : 'other';
}

/** An optional Word template (.docx or .dotx): its styles become the report's; its name shown; removed. */
export function TemplateChooser({ template, edit }: { template: ReportTemplate | null; edit: ReportSettingsEdit }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    const picked = await platform.openFiles({ title: t('dialog.openTitle'), filters: [{ name: t('ui.report.template.filter'), extensions: ['docx', 'dotx'] }], multiple: false });
    if (picked.cancelled) return;
    const tooLarge = picked.tooLarge[0];
    if (tooLarge !== undefined) return setProblem(t('ui.report.template.bad', { fileName: tooLarge, reason: t('ui.report.template.problem.tooLarge') }));
    const file = picked.files[0];
    if (!file) return;
    let stylesXml: string;
    try {
      stylesXml = templateStylesFrom(file.bytes);
    } catch (error) {
      return setProblem(t('ui.report.template.bad', { fileName: file.name, reason: t(`ui.report.template.problem.${problemOf(error)}`) }));
    }
    setProblem(null);
    await edit({ template: { fileName: file.name, stylesXml } }, t('ui.report.log.template'));
  };

  return (
    <section className="panel report-panel" aria-labelledby="report-template">
      <h2 id="report-template">{t('ui.report.template.heading')}</h2>
      <p className="muted">{t('ui.report.template.lead')}</p>
      <p>{template ? t('ui.report.template.chosen', { fileName: template.fileName }) : t('ui.report.template.none')}</p>
      <ChooseFileActions
        chooseLabel={t('ui.report.template.choose')}
        removeLabel={t('ui.report.template.remove')}
        onChoose={() => void choose()}
        onRemove={template ? () => void edit({ template: null }, t('ui.report.log.template')) : null}
        problem={problem}
      />
    </section>
  );
}
