import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../shared/domain';
import type { ReportSettings } from '../../../shared/domain/reportSettings';
import { isIsoDate } from '../../../shared/base/isoDate';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { useNotify } from '../../ui/notify';
import { EditEvaluationDialog } from '../evaluations/EditEvaluationDialog';
import { LogoChooser } from './LogoChooser';
import type { ReportSettingsEdit } from './useReportSettingsEdit';

/**
 * The title page: the evaluation's own facts (changed through the evaluation's form, the one place they
 * are edited), the report's date, and the logo.
 */
export function TitlePagePanel({ evaluation, settings, edit }: { evaluation: Evaluation; settings: ReportSettings; edit: ReportSettingsEdit }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(settings.reportDate ?? '');
  const [seenDate, setSeenDate] = useState(settings.reportDate);
  if (settings.reportDate !== seenDate) {
    setSeenDate(settings.reportDate);
    setDate(settings.reportDate ?? '');
  }
  const none = t('ui.overview.none');
  const dateInvalid = date !== '' && !isIsoDate(date);
  return (
    <section className="panel report-panel" aria-labelledby="report-title-page">
      <h2 id="report-title-page">{t('ui.report.titlePage.heading')}</h2>
      <p className="muted">{t('ui.report.titlePage.lead')}</p>
      <dl className="facts">
        <dt>{t('ui.evaluation.title')}</dt>
        <dd>{evaluation.title}</dd>
        <dt>{t('ui.evaluation.programme')}</dt>
        <dd>{evaluation.programme || none}</dd>
        <dt>{t('ui.evaluation.agency')}</dt>
        <dd>{evaluation.agency || none}</dd>
        <dt>{t('ui.evaluation.evaluators')}</dt>
        <dd>{evaluation.evaluators.join(', ') || none}</dd>
        <dt>{t('ui.evaluation.kind')}</dt>
        <dd>{t(evaluation.kind === 'final' ? 'ui.evaluation.kindFinal' : 'ui.evaluation.kindInterim')}</dd>
        <dt>{t('ui.evaluation.reportLanguage')}</dt>
        <dd>{t(`ui.language.${evaluation.reportLanguage}`)}</dd>
      </dl>
      <button type="button" onClick={() => setEditing(true)}>
        {t('ui.report.titlePage.edit')}
      </button>
      <div className="report-row">
        <Field label={t('ui.report.titlePage.date')} hint={t('ui.report.titlePage.dateHint')} error={dateInvalid ? 'badDate' : undefined}>
          {(p) => (
            <DateInput
              {...p}
              value={date}
              onChange={(value) => {
                setDate(value);
                if (value === '' || isIsoDate(value)) {
                  const next = value === '' ? null : value;
                  if (next !== settings.reportDate) void edit({ reportDate: next }, t('ui.report.log.date'));
                }
              }}
            />
          )}
        </Field>
      </div>
      <LogoChooser logo={settings.logo} edit={edit} />
      {editing && (
        <EditEvaluationDialog evaluation={evaluation} title={t('ui.report.titlePage.editTitle')} submitLabel={t('ui.common.save')} onClose={() => setEditing(false)} onSaved={() => notify(t('ui.report.titlePage.savedFacts'))} />
      )}
    </section>
  );
}
