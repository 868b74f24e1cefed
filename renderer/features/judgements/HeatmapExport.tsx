import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap } from '../../../shared/analysis/judgementHeatmap';
import type { Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notify';
import { EVIDENCE_FORMATS, type EvidenceFormat } from '../evidence/exportEvidenceTable';
import { exportHeatmap } from './exportHeatmap';
import '../evidence/evidence.css';

/**
 * "Exportera bedömningar": the heatmap as shown (framework, filter, the programme column) as an Excel
 * workbook (the grid and one row per judgement) or as CSV for Swedish Excel (one row per judgement).
 */
export function HeatmapExport(props: { evaluationId: Id; map: Heatmap; frameworkId: string; frameworkName: string }) {
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
    const { saved, fileName, count } = await exportHeatmap(repos, platform, { ...props, format: chosen, language: i18n.language === 'en' ? 'en' : 'sv' }, t);
    close();
    if (saved) notify(t('ui.heatmapExport.exported', { fileName, count }));
  };

  return (
    <>
      <button type="button" ref={button} onClick={() => setOpen(true)}>
        {t('ui.heatmapExport.button')}
      </button>
      {open && (
        <FormDialog title={t('ui.heatmapExport.title')} submitLabel={t('ui.heatmapExport.submit')} onClose={close} validate={() => format} onSubmit={exportNow}>
          <p className="muted">{t('ui.heatmapExport.lead')}</p>
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
