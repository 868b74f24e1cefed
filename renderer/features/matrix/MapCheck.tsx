import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceCount, MOSTLY_HINDERING_MIN_DIRECTED, type CategoryAnalysis, type MatrixAnalysis } from '../../../shared/analysis/matrixAnalysis';
import type { MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { routeHref } from '../../services/route';
import { evidenceSummary } from './evidenceSummary';

function Place({ category }: { category: CategoryAnalysis }) {
  const { t } = useTranslation();
  const cell = category.code.matrixCell;
  if (cell === null) return null;
  return <span className="muted"> ({t('ui.matrix.check.place', { level: t(`level.${cell.level}`), column: t(`column.${cell.column}`) })})</span>;
}

function EvidenceLink({ evaluationId, category, filter }: { evaluationId: string; category: CategoryAnalysis; filter: MatrixFilter }) {
  const { t, i18n } = useTranslation();
  const label = codeLabel(category.code, i18n.language);
  const evidence = evidenceSummary(t, category);
  return (
    <a href={routeHref({ name: 'code', evaluationId, codeId: category.code.id, filter })} aria-label={t('ui.matrix.showEvidence', { category: label, evidence })}>
      {label}: {evidence}
    </a>
  );
}

/** "Stämde kartan med verkligheten?": expected categories without evidence, mostly hindering, and the unforeseen results per level. */
export function MapCheck({ evaluationId, analysis, filter }: { evaluationId: string; analysis: MatrixAnalysis; filter: MatrixFilter }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { withoutEvidence, mostlyHindering } = analysis.mapCheck;
  const unforeseenCount = analysis.unforeseen.reduce((sum, level) => sum + level.passages + level.rows, 0);
  return (
    <section className="map-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.matrix.check.heading')}</h2>
      <div className="map-check-columns">
        <section aria-labelledby={`${id}-without`}>
          <h3 id={`${id}-without`}>{t('ui.matrix.check.withoutEvidence', { count: withoutEvidence.length })}</h3>
          {withoutEvidence.length === 0 ? (
            <p>{t('ui.matrix.check.none')}</p>
          ) : (
            <ul>
              {withoutEvidence.map((category) => (
                <li key={category.code.id}>
                  {codeLabel(category.code, i18n.language)}
                  <Place category={category} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${id}-hindering`}>
          <h3 id={`${id}-hindering`}>{t('ui.matrix.check.mostlyHindering', { count: mostlyHindering.length })}</h3>
          <p className="muted">{t('ui.matrix.check.mostlyHinderingHelp', { min: MOSTLY_HINDERING_MIN_DIRECTED })}</p>
          {mostlyHindering.length === 0 ? (
            <p>{t('ui.matrix.check.none')}</p>
          ) : (
            <ul>
              {mostlyHindering.map((category) => (
                <li key={category.code.id}>
                  <EvidenceLink evaluationId={evaluationId} category={category} filter={filter} />
                  <Place category={category} /> · {t('ui.matrix.hindering')} {category.direction.hindering}, {t('ui.matrix.promoting')} {category.direction.promoting}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${id}-unforeseen`}>
          <h3 id={`${id}-unforeseen`}>{t('ui.matrix.check.unforeseen', { count: unforeseenCount })}</h3>
          <ul>
            {analysis.unforeseen.map((level) => (
              <li key={level.level}>
                <strong>{t('ui.matrix.check.unforeseenLevel', { level: t(`level.${level.level}`), evidence: evidenceSummary(t, level) })}</strong>
                {level.categories.length === 0 && <p className="muted">{t('ui.matrix.check.noUnforeseenCode')}</p>}
                {level.categories.some((c) => evidenceCount(c) > 0) && (
                  <ul>
                    {level.categories
                      .filter((c) => evidenceCount(c) > 0)
                      .map((category) => (
                        <li key={category.code.id}>
                          <EvidenceLink evaluationId={evaluationId} category={category} filter={filter} />
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
