import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixFilter } from '../../../shared/analysis/matrixFilter';
import type { HeatmapGrouping } from '../../../shared/analysis/judgementHeatmap';
import { PROJECT_LEVELS, type Project, type ProjectLevel } from '../../../shared/domain';

function distinct(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b, 'sv'));
}

const GROUPINGS = ['level', 'theme', 'county'] as const;

/** The register filters of the heatmap's projects (level, theme, county) and their grouping. */
export function HeatmapFilters(props: { projects: readonly Project[]; filter: MatrixFilter; grouping: HeatmapGrouping; onFilter: (filter: MatrixFilter) => void; onGrouping: (grouping: HeatmapGrouping) => void }) {
  const { t } = useTranslation();
  const { projects, filter, grouping, onFilter, onGrouping } = props;
  const options = useMemo(() => ({ theme: distinct(projects.map((p) => p.theme)), county: distinct(projects.map((p) => p.county)) }), [projects]);
  const text = (field: 'theme' | 'county') => (
    <label className="field">
      <span>{t(`ui.judgements.${field}`)}</span>
      <select aria-label={t(`ui.judgements.${field}`)} value={filter[field]} onChange={(e) => onFilter({ ...filter, [field]: e.target.value })}>
        <option value="">{t('ui.judgements.any')}</option>
        {options[field].map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="judgement-filters">
      <label className="field">
        <span>{t('ui.judgements.level')}</span>
        <select aria-label={t('ui.judgements.level')} value={filter.level} onChange={(e) => onFilter({ ...filter, level: e.target.value as ProjectLevel | '' })}>
          <option value="">{t('ui.judgements.any')}</option>
          {PROJECT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      {text('theme')}
      {text('county')}
      <label className="field">
        <span>{t('ui.judgements.grouping')}</span>
        <select aria-label={t('ui.judgements.grouping')} value={grouping ?? ''} onChange={(e) => onGrouping(e.target.value === '' ? null : (e.target.value as HeatmapGrouping))}>
          <option value="">{t('ui.judgements.groupNone')}</option>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`ui.judgements.${g}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
