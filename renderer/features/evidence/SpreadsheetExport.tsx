import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notify';
import { EVIDENCE_FORMATS, type EvidenceFormat } from './saveSpreadsheet';
import './evidence.css';

/**
 * A button opening a dialog that offers a table as an Excel workbook or as CSV for Swedish Excel; the
 * export itself is passed in and says what to announce when the file is saved (or null when it was not).
 */
export function SpreadsheetExport(props: { button: string; title: string; lead: string; submit: string; onExport: (format: EvidenceFormat) => Promise<string | null> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<EvidenceFormat>('xlsx');
  const button = useRef<HTMLButtonElement>(null);
  const name = useId();
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };

  const exportNow = async (chosen: EvidenceFormat) => {
    const announcement = await props.onExport(chosen);
    close();
    if (announcement !== null) notify(announcement);
  };

  return (
    <>
      <button type="button" ref={button} onClick={() => setOpen(true)}>
        {props.button}
      </button>
      {open && (
        <FormDialog title={props.title} submitLabel={props.submit} onClose={close} validate={() => format} onSubmit={exportNow}>
          <p className="muted">{props.lead}</p>
          <fieldset className="evidence-format">
            <legend>{t('ui.evidenceExport.format')}</legend>
            {EVIDENCE_FORMATS.map((value) => (
              <label key={value} className="checkbox-label">
                <input type="radio" name={name} value={value} checked={format === value} onChange={() => setFormat(value)} />
                {t(`ui.evidenceExport.${value}`)}
              </label>
            ))}
          </fieldset>
        </FormDialog>
      )}
    </>
  );
}
