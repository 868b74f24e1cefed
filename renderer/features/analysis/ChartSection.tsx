import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseMatrix } from '../../../shared/analysis/matrixAnalysis';
import { isFilterEmpty, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { evidencePerCategorySpec } from '../../../shared/report/charts/evidenceChart';
import { barChartSvg } from '../../../shared/report/charts/barChart';
import { useServices } from '../../services/AppContext';
import type { MatrixEvidence } from '../../store';
import { useNotify } from '../../ui/notify';
import { svgDataUrl, svgToPng } from './chartImage';

/** Evidence per category of the results matrix as a chart, with its alt text, saved as SVG or PNG. */
export function ChartSection({ evidence, filter }: { evidence: MatrixEvidence; filter: MatrixFilter }) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const notify = useNotify();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const spec = useMemo(() => {
    const analysis = analyseMatrix(evidence.codes, evidence.items, evidence, filter);
    const intro = t('ui.analysis.chart.evidenceIntro') + (isFilterEmpty(filter) ? '' : ` ${t('ui.analysis.chart.filteredIntro')}`);
    return evidencePerCategorySpec(analysis, {
      title: t('ui.analysis.chart.evidenceTitle'),
      intro,
      cellName: (level, column) => t('ui.analysis.chart.cellName', { level: t(`level.${level}`), column: t(`column.${column}`) }),
      unforeseenName: (level) => t('ui.analysis.chart.unforeseenName', { level: t(`level.${level}`) }),
      codeName: (code) => codeLabel(code, i18n.language),
      emptyText: t('ui.analysis.chart.empty'),
    });
  }, [evidence, filter, t, i18n.language]);
  const svg = useMemo(() => barChartSvg(spec), [spec]);

  const save = async (kind: 'svg' | 'png') => {
    setSaving(true);
    try {
      const fileName = `${t('ui.analysis.chart.fileName')}.${kind}`;
      const bytes = kind === 'svg' ? new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`) : await svgToPng(svg);
      const saved = await platform.saveFile({
        title: t(kind === 'svg' ? 'ui.analysis.chart.saveSvg' : 'ui.analysis.chart.savePng'),
        suggestedName: fileName,
        filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
        bytes,
        mimeType: kind === 'svg' ? 'image/svg+xml' : 'image/png',
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
