import type { Code } from '../../domain/code';
import type { ScaleLevel } from '../../domain/judgement';
import type { JudgementDistribution } from '../../analysis/judgementDistribution';
import { stackedBarChartSvg, type StackedBarChartSpec } from './stackedBarChart';

/** The words a judgement distribution chart needs, in the reader's language. */
export interface DistributionChartTexts {
  title: string;
  /** What the chart shows, before its data in words. */
  intro: string;
  levelName: (level: ScaleLevel) => string;
  /** The part of projects not rated, e.g. "Ej bedömd". */
  unratedName: string;
  codeName: (code: Code) => string;
  emptyText: string;
}

/** The grey of the projects not rated: lighter than the scale's "cannot be assessed". */
const UNRATED_COLOUR = '#eceff1';

/**
 * Judgement distribution per criterion: a stacked bar per criterion with rated projects, a part per level
 * of the scale (in its order, in its colour) and the projects not rated last; the alt text is the intro
 * followed by every criterion's numbers in words ("Förankring: Svagt 2, Delvis 1, Ej bedömd 1.").
 */
export function judgementDistributionSpec(distribution: JudgementDistribution, texts: DistributionChartTexts): StackedBarChartSpec {
  const series = [...distribution.levels.map((level) => ({ label: texts.levelName(level), colour: level.colour })), { label: texts.unratedName, colour: UNRATED_COLOUR }];
  const bars = distribution.criteria.map((criterion) => ({ label: texts.codeName(criterion.code), values: [...criterion.counts, criterion.unrated] }));
  const data = bars
    .map((bar) => `${bar.label}: ${bar.values.flatMap((value, i) => (value > 0 ? [`${series[i]?.label ?? ''} ${value}`] : [])).join(', ')}.`)
    .join(' ');
  return { title: texts.title, description: `${texts.intro} ${data}`.trim(), series, bars, emptyText: texts.emptyText };
}

/** The judgement distribution chart as SVG. */
export function judgementDistributionSvg(distribution: JudgementDistribution, texts: DistributionChartTexts): string {
  return stackedBarChartSvg(judgementDistributionSpec(distribution, texts));
}
