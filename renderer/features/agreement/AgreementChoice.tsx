import { useTranslation } from 'react-i18next';
import { AGREEMENT_UNITS, type AgreementUnit, type Id } from '../../../shared/domain';

interface Props {
  coders: { name: string; passages: number; chosen: boolean }[];
  documents: { id: Id; title: string; chosen: boolean }[];
  unit: AgreementUnit;
  onCoder: (name: string) => void;
  onDocument: (id: Id) => void;
  onUnit: (unit: AgreementUnit) => void;
}

/** What agreement compares: the coders (two or more), the documents two of them coded, and the unit. */
export function AgreementChoice({ coders, documents, unit, onCoder, onDocument, onUnit }: Props) {
  const { t } = useTranslation();
  return (
    <div className="agreement-choice" role="group" aria-label={t('ui.agreement.choice')}>
      <fieldset>
        <legend>{t('ui.agreement.coders')}</legend>
        {coders.map((c) => (
          <label key={c.name} className="checkbox-label">
            <input type="checkbox" checked={c.chosen} onChange={() => onCoder(c.name)} />
            {t('ui.agreement.coderPassages', { coder: c.name, count: c.passages })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('ui.agreement.documents')}</legend>
        {documents.length === 0 && <p className="muted">{t('ui.agreement.noDocuments')}</p>}
        {documents.map((d) => (
          <label key={d.id} className="checkbox-label">
            <input type="checkbox" checked={d.chosen} onChange={() => onDocument(d.id)} />
            {d.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('ui.agreement.unit')}</legend>
        {AGREEMENT_UNITS.map((u) => (
          <label key={u} className="checkbox-label">
            <input type="radio" name="agreement-unit" value={u} checked={unit === u} onChange={() => onUnit(u)} />
            {t(`ui.agreement.unitHelp.${u}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
