import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUOTES_PER_CATEGORY, type ReportSettings } from '../../../shared/domain/reportSettings';
import { Field } from '../../ui/Field';
import { PeopleList } from './PeopleList';
import type { ReportSettingsEdit } from './useReportSettingsEdit';

/** A whole number of quotes per category the report may take, or null. */
function quotesCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_QUOTES_PER_CATEGORY ? value : null;
}

/** How many quotes a category gets when none is marked, and the anonymisation of names in quotes. */
export function QuotesPanel({ settings, edit }: { settings: ReportSettings; edit: ReportSettingsEdit }) {
  const { t } = useTranslation();
  const [count, setCount] = useState(String(settings.quotesPerCategory));
  const [seen, setSeen] = useState(settings.quotesPerCategory);
  if (settings.quotesPerCategory !== seen) {
    setSeen(settings.quotesPerCategory);
    setCount(String(settings.quotesPerCategory));
  }
  const valid = quotesCount(count);
  const save = () => {
    if (valid !== null && valid !== settings.quotesPerCategory) void edit({ quotesPerCategory: valid }, t('ui.report.log.quotes', { count: valid }));
  };
  return (
    <section className="panel report-panel" aria-labelledby="report-quotes">
      <h2 id="report-quotes">{t('ui.report.quotes.heading')}</h2>
      <Field label={t('ui.report.quotes.perCategory')} hint={valid === null ? t('ui.report.quotes.perCategoryInvalid') : t('ui.report.quotes.perCategoryHint')}>
        {(p) => (
          <input
            {...p}
            aria-invalid={valid === null}
            className="report-count"
            type="number"
            min={1}
            max={MAX_QUOTES_PER_CATEGORY}
            value={count}
            onChange={(event) => setCount(event.target.value)}
            onBlur={save}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save();
            }}
          />
        )}
      </Field>
      <label className="checkbox-label report-anonymise">
        <input type="checkbox" checked={settings.anonymise} onChange={(event) => void edit({ anonymise: event.target.checked }, t(event.target.checked ? 'ui.report.log.anonymise' : 'ui.report.log.noAnonymise'))} />
        {t('ui.report.quotes.anonymise')}
      </label>
      <p className="field-hint">{t('ui.report.quotes.anonymiseHint')}</p>
      <PeopleList people={settings.people} disabled={!settings.anonymise} edit={edit} />
    </section>
  );
}
