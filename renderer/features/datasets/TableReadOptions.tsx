import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadTable } from '../../../shared/ingest/tables/tableTypes';
import type { ReadChoices } from './useTableRead';

const DELIMITERS = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
] as const;

/**
 * What was detected in a table file (encoding, delimiter, sheet, lines skipped, header), each overridable.
 * Memoised: typing the dataset's name does not render the options again (a task of 70 ms on a slow machine).
 */
export const TableReadOptions = memo(function TableReadOptions({ table, choices, choose, disabled }: { table: ReadTable; choices: ReadChoices; choose: (change: ReadChoices) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="dataset-options" disabled={disabled}>
      <legend>{t('ui.datasets.howRead')}</legend>
      {table.format === 'csv' && (
        <>
          <p className="dataset-option-static">
            <span className="label">{t('ui.datasets.encoding')}</span>
            <span data-testid="detected-encoding">{table.encoding ?? '–'}</span>
          </p>
          <label>
            {t('ui.datasets.delimiter')}
            <select value={choices.delimiter ?? table.delimiter ?? ';'} onChange={(e) => choose({ delimiter: e.target.value })}>
              {DELIMITERS.map((d) => (
                <option key={d.key} value={d.value}>
                  {t(`ui.datasets.delimiters.${d.key}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {table.sheets && (
        <label>
          {t('ui.datasets.sheet')}
          <select value={choices.sheet ?? table.sheet ?? ''} onChange={(e) => choose({ sheet: e.target.value })}>
            {table.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('ui.datasets.skipLines')}
        <input
          type="number"
          className="skip-lines"
          min={0}
          max={1000}
          value={choices.skipLines ?? table.skipLines}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (e.target.value !== '' && Number.isInteger(value) && value >= 0) choose({ skipLines: value });
          }}
        />
      </label>
      <label className="checkbox-label">
        <input type="checkbox" checked={choices.hasHeader ?? table.hasHeader} onChange={(e) => choose({ hasHeader: e.target.checked })} />
        {t('ui.datasets.hasHeader')}
      </label>
    </fieldset>
  );
});
