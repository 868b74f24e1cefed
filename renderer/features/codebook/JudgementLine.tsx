import { useTranslation } from 'react-i18next';
import type { EvidenceJudgement } from '../../../shared/domain';

/** Who coded a piece of evidence, its strength and direction when set, and the evaluator's note. */
export function JudgementLine({ judgement }: { judgement: EvidenceJudgement }) {
  const { t } = useTranslation();
  const facts = [
    t('ui.codebookEditor.quote.coder', { name: judgement.coder.trim() || t('ui.audit.unknownCoder') }),
    ...(judgement.strength ? [t(`ui.codebookEditor.quote.strength.${judgement.strength}`)] : []),
    ...(judgement.direction ? [t(`ui.codebookEditor.quote.direction.${judgement.direction}`)] : []),
  ];
  return (
    <>
      <p className="quote-meta">{facts.join(' · ')}</p>
      {judgement.memo.trim() !== '' && (
        <p className="quote-memo">
          <span className="muted">{t('ui.codebookEditor.quote.memo')}: </span>
          {judgement.memo}
        </p>
      )}
    </>
  );
}
