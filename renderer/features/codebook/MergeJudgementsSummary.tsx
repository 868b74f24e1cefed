import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { useServices } from '../../services/AppContext';
import { useStoreQuery } from '../../store';

/**
 * What a merge does to judgements, in numbers: how many move to the target, how many are joined with the
 * target's judgement of the same subject (and the rule for that), how many become unrated, and how many
 * findings are relinked (the rule is mergeJudgements in shared/coding).
 */
export function MergeJudgementsSummary({ source, target }: { source: Code; target: Code }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const impact = useStoreQuery(() => repos.codebook.mergeImpact(source.id, target.id), [source.id, target.id]);
  if (!impact) return null;
  const names = { source: codeLabel(source, i18n.language), target: codeLabel(target, i18n.language) };
  if (impact.moved + impact.combined === 0) return <p>{t('ui.codebookEditor.merge.noJudgements', names)}</p>;
  return (
    <ul className="merge-judgements">
      {impact.moved > 0 && <li>{t('ui.codebookEditor.merge.judgementsMoved', { count: impact.moved, ...names })}</li>}
      {impact.unrated > 0 && <li>{t('ui.codebookEditor.merge.judgementsUnrated', { count: impact.unrated, ...names })}</li>}
      {impact.combined > 0 && <li>{t('ui.codebookEditor.merge.judgementsCombined', { count: impact.combined, ...names })}</li>}
      {impact.findings > 0 && <li>{t('ui.codebookEditor.merge.findings', { count: impact.findings })}</li>}
    </ul>
  );
}
