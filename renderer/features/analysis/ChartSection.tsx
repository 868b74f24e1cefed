import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseMatrix } from '../../../shared/analysis/matrixAnalysis';
import { isFilterEmpty, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { evidencePerCode } from '../../../shared/analysis/codeEvidence';
import { evidencePerCodeSpec } from '../../../shared/report/charts/codeEvidenceChart';
import { evidencePerCategorySpec } from '../../../shared/report/charts/evidenceChart';
import { barChartSvg } from '../../../shared/report/charts/barChart';
import { judgementDistribution } from '../../../shared/analysis/judgementDistribution';
import { judgementDistributionSpec } from '../../../shared/report/charts/judgementDistributionChart';
import { stackedBarChartSvg } from '../../../shared/report/charts/stackedBarChart';
import { scaleFor, type Code, type Id } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useJudgements, useRatingScales, type MatrixEvidence } from '../../store';
import { useNotify } from '../../ui/notify';
import { svgDataUrl, svgToPng } from './chartImage';
import { frameworkName } from './frameworkOptions';
import { errorDetail } from '../../ui/errorDetail';

type ChartKind = 'category' | 'code' | 'judgements';

const FILE_NAMES: Record<ChartKind, string> = { category: 'ui.analysis.chart.fileName', code: 'ui.analysis.chart.codeFileName', judgements: 'ui.analysis.chart.judgementFileName' };

interface ChartProps {
  evaluationId: Id;
  evidence: MatrixEvidence;
  filter: MatrixFilter;
  /** The framework (and counting) of the analysis, for the evidence-per-code chart. */
  frameworkId: string | null;
  subtree: boolean;
}

/**
 * A chart of the evidence under the filter, with its alt text, saved as SVG or PNG: per category of the
 * results matrix, per code of the chosen framework, or the judgement distribution per criterion of it.
 */
export function ChartSection({ evaluationId, evidence, filter, frameworkId, subtree }: ChartProps) {
  const { t, i18n } = useTranslation();
  const { platform, repos } = useServices();
  const judgements = useJudgements(repos, evaluationId);
  const scales = useRatingScales(repos, evaluationId);
  const notify = useNotify();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [kind, setKind] = useState<ChartKind>('category');
  const chart = useMemo((): { title: string; description: string; svg: string } => {
    const filtered = isFilterEmpty(filter) ? '' : ` ${t('ui.analysis.chart.filteredIntro')}`;
    const codeName = (code: Code) => codeLabel(code, i18n.language);
    if (kind === 'judgements') {
      const framework = frameworkId ?? '';
      const scale = scaleFor(scales ?? [], evaluationId, framework);
      const distribution = judgementDistribution({ codes: evidence.codes, frameworkId: framework, projects: evidence.projects, filter, judgements: judgements ?? [], scale });
      const spec = judgementDistributionSpec(distribution, {
        title: t('ui.analysis.chart.judgementTitle', { framework: frameworkName(t, frameworkId) }),
        intro: `${t('ui.analysis.chart.judgementIntro', { count: distribution.projectCount })}${isFilterEmpty(filter) ? '' : ` ${t('ui.analysis.chart.judgementFiltered')}`}`,
        levelName: (level) => (i18n.language.startsWith('en') ? level.labelEn : level.labelSv),
        unratedName: t('ui.judgements.unrated'),
        codeName,
        emptyText: t('ui.analysis.chart.judgementEmpty'),
      });
      return { title: spec.title, description: spec.description, svg: stackedBarChartSvg(spec) };
    }
    const spec =
      kind === 'code'
        ? evidencePerCodeSpec(evidencePerCode(evidence.codes, frameworkId, evidence.items, evidence, filter, subtree), {
            title: t('ui.analysis.chart.codeTitle', { framework: frameworkName(t, frameworkId) }),
            intro: `${t('ui.analysis.chart.codeIntro')}${subtree ? ` ${t('ui.analysis.chart.codeSubtree')}` : ''}${filtered}`,
            codeName,
            emptyText: t('ui.analysis.chart.codeEmpty'),
          })
        : evidencePerCategorySpec(analyseMatrix(evidence.codes, evidence.items, evidence, filter), {
            title: t('ui.analysis.chart.evidenceTitle'),
            intro: `${t('ui.analysis.chart.evidenceIntro')}${filtered}`,
            cellName: (level, column) => t('ui.analysis.chart.cellName', { level: t(`level.${level}`), column: t(`column.${column}`) }),
            unforeseenName: (level) => t('ui.analysis.chart.unforeseenName', { level: t(`level.${level}`) }),
            codeName,
            emptyText: t('ui.analysis.chart.empty'),
          });
    return { title: spec.title, description: spec.description, svg: barChartSvg(spec) };
  }, [evidence, filter, kind, frameworkId, subtree, t, i18n.language, judgements, scales, evaluationId]);
  const svg = chart.svg;

  const save = async (format: 'svg' | 'png') => {
    setSaving(true);
    try {
      const fileName = `${t(FILE_NAMES[kind])}.${format}`;
      const bytes = format === 'svg' ? new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`) : await svgToPng(svg);
      const saved = await platform.saveFile({
        title: t(format === 'svg' ? 'ui.analysis.chart.saveSvg' : 'ui.analysis.chart.savePng'),
        suggestedName: fileName,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        bytes,
        mimeType: format === 'svg' ? 'image/svg+xml' : 'image/png',
      });
      if (saved) notify(t('ui.analysis.chart.saved', { fileName }));
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="analysis-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.analysis.chart.heading')}</h2>
      <label className="field analysis-framework">
        <span>{t('ui.analysis.chart.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value === 'code' || e.target.value === 'judgements' ? e.target.value : 'category')}>
          <option value="category">{t('ui.analysis.chart.evidenceTitle')}</option>
          <option value="code">{t('ui.analysis.chart.codeTitle', { framework: frameworkName(t, frameworkId) })}</option>
          <option value="judgements">{t('ui.analysis.chart.judgementTitle', { framework: frameworkName(t, frameworkId) })}</option>
        </select>
      </label>
      <figure className="analysis-chart">
        <figcaption>{chart.title}</figcaption>
        <img src={svgDataUrl(svg)} alt={chart.description} />
      </figure>
      <details className="analysis-alt">
        <summary>{t('ui.analysis.chart.altText')}</summary>
        <p>{chart.description}</p>
      </details>
      <div className="actions">
        <button type="button" onClick={() => void save('svg')} disabled={saving}>
          {t('ui.analysis.chart.saveSvg')}
        </button>
        <button type="button" onClick={() => void save('png')} disabled={saving}>
          {t('ui.analysis.chart.savePng')}
        </button>
      </div>
    </section>
  );
}
