import type { Code, MatrixColumn } from '../../domain/code';
import type { ProjectLevel } from '../../domain/project';
import { evidenceCount, type MatrixAnalysis } from '../../analysis/matrixAnalysis';
import { barChartSvg, chartDataText, type BarChartSpec, type BarGroup } from './barChart';

/** The words an evidence chart needs, in the reader's language (the screen's i18n or the report's catalog). */
export interface EvidenceChartTexts {
  title: string;
  /** What the chart shows, before its data in words. */
  intro: string;
  /** A group heading, e.g. "Lokal nivå – Resultat". */
  cellName: (level: ProjectLevel, column: MatrixColumn) => string;
  unforeseenName: (level: ProjectLevel) => string;
  codeName: (code: Code) => string;
  emptyText: string;
}

/**
 * Evidence per category of the results matrix (passages and table rows together, as the matrix counts
 * them), grouped by level and column, each level's unforeseen results after its cells; categories without
 * evidence are shown with 0. The alt text is the intro followed by every number in words.
 */
export function evidencePerCategorySpec(analysis: MatrixAnalysis, texts: EvidenceChartTexts): BarChartSpec {
  const groups: BarGroup[] = [];
  for (const unforeseen of analysis.unforeseen) {
    for (const cell of analysis.cells.filter((c) => c.level === unforeseen.level)) {
      groups.push({ label: texts.cellName(cell.level, cell.column), bars: cell.categories.map((c) => ({ label: texts.codeName(c.code), value: evidenceCount(c) })) });
    }
    const found = unforeseen.categories.filter((c) => evidenceCount(c) > 0);
    if (found.length > 0) groups.push({ label: texts.unforeseenName(unforeseen.level), bars: found.map((c) => ({ label: texts.codeName(c.code), value: evidenceCount(c) })) });
  }
  return { title: texts.title, description: `${texts.intro} ${chartDataText(groups)}`.trim(), groups, emptyText: texts.emptyText };
}

/** The evidence-per-category chart as SVG. */
export function evidencePerCategorySvg(analysis: MatrixAnalysis, texts: EvidenceChartTexts): string {
  return barChartSvg(evidencePerCategorySpec(analysis, texts));
}
