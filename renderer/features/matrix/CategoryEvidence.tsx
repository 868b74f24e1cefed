import { useTranslation } from 'react-i18next';
import { evidenceCount, type CategoryAnalysis } from '../../../shared/analysis/matrixAnalysis';
import type { MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { routeHref } from '../../services/route';
import { DirectionBar, StrengthBar } from '../../ui/EvidenceMix';
import { evidenceSummary } from './evidenceSummary';

/** One category with its evidence: the numbers as text (a link to the quotes), projects, strength and direction. */
export function CategoryEvidence({ evaluationId, category, filter, projectNames }: { evaluationId: string; category: CategoryAnalysis; filter: MatrixFilter; projectNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const label = codeLabel(category.code, i18n.language);
  const count = evidenceCount(category);
  if (count === 0) {
    return (
      <li className="category no-evidence">
        <span className="category-label">{label}</span>
        <span className="count" aria-label={t('ui.matrix.countLabel', { count })}>
          {count}
        </span>
      </li>
    );
  }
  const href = routeHref({ name: 'code', evaluationId, codeId: category.code.id, filter });
  const evidence = evidenceSummary(t, category);
  const names = category.projectIds.map((id) => projectNames.get(id) ?? id);
  return (
    <li className="category has-evidence">
      <div className="category-head">
        <a className="category-label" href={href}>
          {label}
        </a>
        <a className="count" href={href} aria-label={t('ui.matrix.showEvidence', { category: label, evidence })}>
          {count}
        </a>
      </div>
      <p className="category-numbers">
        {evidence} · {t('ui.matrix.projects', { count: category.projectIds.length })}
      </p>
      {names.length > 0 && <p className="category-projects">{t('ui.matrix.projectNames', { names: names.join(', ') })}</p>}
      <StrengthBar mix={category.strength} />
      <DirectionBar mix={category.direction} />
    </li>
  );
}
