import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { frameworksOf } from '../../../shared/analysis/frameworkTree';
import { RESULTS_MATRIX_FRAMEWORK } from '../../../shared/analysis/unforeseen';
import { parseAttributeKey, type RegisterAttribute } from '../../../shared/analysis/registerAttribute';
import { useServices } from '../../services/AppContext';
import { navigate, useRoute, type Route } from '../../services/route';
import { useEvaluationDataCodings, useMatrixEvidence } from '../../store';
import { MatrixFilterBar } from '../matrix/MatrixFilterBar';
import { ChartSection } from './ChartSection';
import { CoOccurrenceSection } from './CoOccurrenceSection';
import { CrossTabSection } from './CrossTabSection';
import { frameworkName, frameworkOf, frameworkValue } from './frameworkOptions';
import './analysis.css';

const DEFAULT_ATTRIBUTE: RegisterAttribute = { kind: 'level' };

/**
 * "Analys": a cross-tab of a framework's codes by a register attribute, the co-occurrence of its codes, and
 * the evidence per matrix category as a chart, all under the matrix filter, which (with the framework and
 * attribute chosen) is kept in the URL.
 */
export function AnalysisScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const route = useRoute();
  const current = route.name === 'analysis' ? route : null;
  const filter: MatrixFilter = current?.filter ?? EMPTY_MATRIX_FILTER;
  const evidence = useMatrixEvidence(repos, evaluationId);
  // Co-occurrence reads the passages the matrix evidence keeps in step (counted once across twins, as
  // every count is), not all 50,000 again through a live query of its own.
  const segments = evidence?.segments;
  const codings = useEvaluationDataCodings(repos, evaluationId);
  const frameworks = useMemo(() => frameworksOf(evidence?.codes ?? []), [evidence]);
  const wanted = current?.framework !== undefined ? frameworkOf(current.framework) : frameworks.includes(RESULTS_MATRIX_FRAMEWORK) ? RESULTS_MATRIX_FRAMEWORK : (frameworks[0] ?? null);
  const frameworkId = frameworks.includes(wanted) ? wanted : (frameworks[0] ?? null);
  const byKey = current?.by ?? '';
  const attribute = useMemo(() => parseAttributeKey(byKey) ?? DEFAULT_ATTRIBUTE, [byKey]);
  const subtree = current?.subtree === true;

  const go = (change: Partial<Extract<Route, { name: 'analysis' }>>) =>
    navigate({ name: 'analysis', evaluationId, filter, framework: frameworkValue(frameworkId), by: byKey || undefined, subtree, ...change });

  return (
    <section className="screen analysis-screen" aria-labelledby="analysis-heading">
      <header className="screen-header">
        <h1 id="analysis-heading">{t('ui.analysis.heading')}</h1>
      </header>
      <p className="lead">{t('ui.analysis.lead')}</p>
      {evidence && <MatrixFilterBar filter={filter} evidence={evidence} onChange={(next) => go({ filter: next })} />}
      {evidence && (
        <label className="field analysis-framework">
          <span>{t('ui.analysis.framework')}</span>
          <select value={frameworkValue(frameworkId)} onChange={(e) => go({ framework: e.target.value })}>
            {frameworks.map((framework) => (
              <option key={frameworkValue(framework)} value={frameworkValue(framework)}>
                {frameworkName(t, framework)}
              </option>
            ))}
          </select>
        </label>
      )}
      {evidence && (
        <CrossTabSection evaluationId={evaluationId} evidence={evidence} filter={filter} frameworkId={frameworkId} attribute={attribute} subtree={subtree} onChange={(change) => go(change)} />
      )}
      {evidence && segments && codings && <CoOccurrenceSection evaluationId={evaluationId} evidence={evidence} segments={segments} codings={codings} filter={filter} frameworkId={frameworkId} />}
      {evidence && <ChartSection evaluationId={evaluationId} evidence={evidence} filter={filter} frameworkId={frameworkId} subtree={subtree} />}
    </section>
  );
}
