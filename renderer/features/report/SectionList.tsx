import { useTranslation } from 'react-i18next';
import type { ReportSectionId, ReportSettings } from '../../../shared/domain/reportSettings';
import { moveSection, switchSection } from '../../../shared/report/sectionOrder';
import { sectionTextKeys } from '../../../shared/report/reportTextKeys';
import { ReportTextField } from './ReportTextField';
import { previewSummary, type PreviewState } from './previewSummary';
import { textLabel } from './textLabel';
import type { ReportSettingsEdit } from './useReportSettingsEdit';

interface Props {
  settings: ReportSettings;
  factorFrameworks: readonly string[];
  preview: PreviewState;
  edit: ReportSettingsEdit;
}

/**
 * The report's sections in their order: each with a switch (in the report or not), buttons moving it up
 * and down, the evaluator's text fields and what its data part will hold.
 */
export function SectionList({ settings, factorFrameworks, preview, edit }: Props) {
  const { t } = useTranslation();
  const count = settings.sections.length;
  const name = (id: ReportSectionId) => t(`ui.report.section.${id}`);
  const saveText = (key: string) => (text: string) => edit({ texts: { [key]: text } }, t('ui.report.log.text', { label: textLabel(t, key) }));
  return (
    <section className="report-sections" aria-labelledby="report-sections">
      <h2 id="report-sections">{t('ui.report.sections.heading')}</h2>
      <p className="muted">{t('ui.report.sections.lead')}</p>
      <ol className="report-section-list">
        {settings.sections.map((section, index) => {
          const keys = sectionTextKeys(section.id, factorFrameworks);
          const headingId = `report-section-${section.id}`;
          return (
            <li key={section.id} className={section.enabled ? 'report-section panel' : 'report-section panel report-section-off'} aria-labelledby={headingId}>
              <div className="report-section-head">
                <h3 id={headingId}>
                  <span className="report-section-number" aria-hidden="true">
                    {index + 1}.
                  </span>{' '}
                  {name(section.id)}
                  {!section.enabled && <span className="report-section-badge">{t('ui.report.sections.off')}</span>}
                </h3>
                <label className="checkbox-label">
                  <input type="checkbox" checked={section.enabled} onChange={(event) => {
                      const enabled = event.target.checked;
                      void edit((current) => ({ sections: switchSection(current.sections, section.id, enabled) }), t(enabled ? 'ui.report.log.included' : 'ui.report.log.excluded', { section: name(section.id) }));
                    }} />
                  <span className="visually-hidden">{t('ui.report.sections.include', { section: name(section.id) })}</span>
                  <span aria-hidden="true">{t('ui.report.sections.inReport')}</span>
                </label>
                <div className="report-section-move">
                  <button type="button" aria-label={t('ui.report.sections.moveUp', { section: name(section.id) })} disabled={index === 0} onClick={() => void edit((current) => ({ sections: moveSection(current.sections, section.id, -1) }), t('ui.report.log.moved', { section: name(section.id) }))}>
                    ↑ {t('ui.report.sections.up')}
                  </button>
                  <button type="button" aria-label={t('ui.report.sections.moveDown', { section: name(section.id) })} disabled={index === count - 1} onClick={() => void edit((current) => ({ sections: moveSection(current.sections, section.id, 1) }), t('ui.report.log.moved', { section: name(section.id) }))}>
                    ↓ {t('ui.report.sections.down')}
                  </button>
                </div>
              </div>
              <p className="report-section-preview">{previewSummary(t, preview, section.id)}</p>
              {section.enabled && keys.map((key) => <ReportTextField key={key} textKey={key} label={textLabel(t, key)} stored={settings.texts[key] ?? ''} save={saveText(key)} />)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
