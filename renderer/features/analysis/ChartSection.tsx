import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseMatrix } from '../../../shared/analysis/matrixAnalysis';
import { isFilterEmpty, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { evidencePerCode } from '../../../shared/analysis/codeEvidence';
import { evidencePerCodeSpec } from '../../../shared/report/charts/codeEvidenceChart';
import { evidencePerCategorySpec } from '../../../shared/report/charts/evidenceChart';
import { barChartSvg } from '../../../shared/report/charts/barChart';
import { useServices } from '../../services/AppContext';
import type { MatrixEvidence } from '../../store';
import { useNotify } from '../../ui/notify';
import { svgDataUrl, svgToPng } from './chartImage';
import { frameworkName } from './frameworkOptions';

type ChartKind = 'category' | 'code';

interface ChartProps {
  evidence: MatrixEvidence;
  filter: MatrixFilter;
  /** The framework (and counting) of the analysis, for the evidence-per-code chart. */
  frameworkId: string | null;
  subtree: boolean;
}

/**
 * A chart of the evidence under the filter, with its alt text, saved as SVG or PNG: per category of the
 * results matrix, or per code of the chosen framework.
 */
export function ChartSection({ evidence, filter, frameworkId, subtree }: ChartProps) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const notify = useNotify();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [kind, setKind] = useState<ChartKind>('category');
  const spec = useMemo(() => {
    const filtered = isFilterEmpty(filter) ? '' : ` ${t('ui.analysis.chart.filteredIntro')}`;
    if (kind === 'code') {
      const rows = evidencePerCode(evidence.codes, frameworkId, evidence.items, evidence, filter, subtree);
      return evidencePerCodeSpec(rows, {
        title: t('ui.analysis.chart.codeTitle', { framework: frameworkName(t, frameworkId) }),
        intro: `${t('ui.analysis.chart.codeIntro')}${subtree ? ` ${t('ui.analysis.chart.codeSubtree')}` : ''}${filtered}`,
        codeName: (code) => codeLabel(code, i18n.language),
        emptyText: t('ui.analysis.chart.codeEmpty'),
      });
    }
    const analysis = analyseMatrix(evidence.codes, evidence.items, evidence, filter);
    const intro = `${t('ui.analysis.chart.evidenceIntro')}${filtered}`;
    return evidencePerCategorySpec(analysis, {
      title: t('ui.analysis.chart.evidenceTitle'),
      intro,
      cellName: (level, column) => t('ui.analysis.chart.cellName', { level: t(`level.${level}`), column: t(`column.${column}`) }),
      unforeseenName: (level) => t('ui.analysis.chart.unforeseenName', { level: t(`level.${level}`) }),
      codeName: (code) => codeLabel(code, i18n.language),
      emptyText: t('ui.analysis.chart.empty'),
    });
  }, [evidence, filter, kind, frameworkId, subtree, t, i18n.language]);
  const svg = useMemo(() => barChartSvg(spec), [spec]);

  const save = async (format: 'svg' | 'png') => {
    setSaving(true);
    try {
      const fileName = `${t(kind === 'code' ? 'ui.analysis.chart.codeFileName' : 'ui.analysis.chart.fileName')}.${format}`;
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
      notify(t('ui.common.actionFailed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="analysis-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.analysis.chart.heading')}</h2>
      <label className="field analysis-framework">
        <span>{t('ui.analysis.chart.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value === 'code' ? 'code' : 'category')}>
          <option value="category">{t('ui.analysis.chart.evidenceTitle')}</option>
          <option value="code">{t('ui.analysis.chart.codeTitle', { framework: frameworkName(t, frameworkId) })}</option>
        </select>
      </label>
      <figure className="analysis-chart">
        <figcaption>{spec.title}</figcaption>
        <img src={svgDataUrl(svg)} alt={spec.description} />
      </figure>
      <details className="analysis-alt">
        <summary>{t('ui.analysis.chart.altText')}</summary>
        <p>{spec.description}</p>
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
