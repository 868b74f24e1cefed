import { useTranslation } from 'react-i18next';
import { coefficientText, percentText } from '../../../shared/analysis/agreement/figureText';
import type { AgreementMeasure } from '../../../shared/analysis/agreement/measureAgreement';
import type { AgreementFigures, AgreementUnit, Id } from '../../../shared/domain';

interface Props {
  measure: AgreementMeasure;
  unit: AgreementUnit;
  coders: number;
  label: (codeId: Id) => string;
  /** The codes above a code (empty for a top code). */
  place: (codeId: Id) => string;
}

/** A figure before resolution, and after it where the shared coding changed it ("69,2 → 80,0"). */
function Figure({ before, after }: { before: string; after: string }) {
  return (
    <td className="number">
      {before}
      {after !== before && <span className="agreement-after"> → {after}</span>}
    </td>
  );
}

/** Percent agreement, kappa (two coders) and alpha per code and overall, before and after resolution. */
export function FiguresTable({ measure, unit, coders, label, place }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const after = new Map(measure.after.codes.map((c) => [c.codeId, c]));
  const rows = [...measure.before.codes].sort((a, b) => label(a.codeId).localeCompare(label(b.codeId), lang));
  const cells = (key: string, name: string, b: AgreementFigures, a: AgreementFigures, overall = false) => (
    <tr key={key} className={overall ? 'agreement-overall' : undefined}>
      <th scope="row">
        {name}
        {!overall && place(key) !== '' && <span className="code-place">{place(key)}</span>}
      </th>
      <td className="number">{b.units}</td>
      <Figure before={String(b.disagreements)} after={String(a.disagreements)} />
      <Figure before={percentText(b.percent, lang)} after={percentText(a.percent, lang)} />
      {coders === 2 && <Figure before={coefficientText(b.kappa, lang)} after={coefficientText(a.kappa, lang)} />}
      <Figure before={coefficientText(b.alpha, lang)} after={coefficientText(a.alpha, lang)} />
    </tr>
  );
  return (
    <section className="agreement-part" aria-labelledby="agreement-figures">
      <h2 id="agreement-figures">{t('ui.agreement.figures')}</h2>
      <div className="table-scroll">
        <table className="agreement-figures">
          <caption>{t('ui.agreement.figuresCaption', { unit: t(`agreement.unitPlural.${unit}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreement.code')}</th>
              <th scope="col">{t('agreement.units')}</th>
              <th scope="col">{t('agreement.disagreements')}</th>
              <th scope="col">{t('agreement.percent')}</th>
              {coders === 2 && <th scope="col">{t('agreement.kappa')}</th>}
              <th scope="col">{t('agreement.alpha')}</th>
            </tr>
          </thead>
          <tbody>
            {cells('overall', t('agreement.overall'), measure.before.overall, measure.after.overall, true)}
            {rows.map((c) => cells(c.codeId, label(c.codeId), c, after.get(c.codeId) ?? c))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {coders === 2 ? '' : `${t('ui.agreement.noKappa')} `}
        {t('ui.agreement.undefinedNote')}
      </p>
    </section>
  );
}
