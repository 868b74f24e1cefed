import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notify';
import { EVIDENCE_FORMATS, exportEvidenceTable, type EvidenceFormat } from './exportEvidenceTable';
import './evidence.css';

/**
 * "Exportera citattabell": every piece of evidence with its codes, project, document, page and judgement,
 * as an Excel workbook or as CSV for Swedish Excel, in the language of the UI.
 */
export function EvidenceExport({ evaluationId }: { evaluationId: Id }) {
  const { t, i18n } = useTranslation();
  const { repos, platform } = useServices();
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
    const { saved, fileName, count } = await exportEvidenceTable(repos, platform, evaluationId, chosen, i18n.language === 'en' ? 'en' : 'sv', t);
    close();
    if (saved) notify(t('ui.evidenceExport.exported', { fileName, count }));
  };

  return (
    <>
      <button type="button" ref={button} onClick={() => setOpen(true)}>
        {t('ui.evidenceExport.button')}
      </button>
      {open && (
        <FormDialog title={t('ui.evidenceExport.title')} submitLabel={t('ui.evidenceExport.submit')} onClose={close} validate={() => format} onSubmit={exportNow}>
          <p className="muted">{t('ui.evidenceExport.lead')}</p>
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
