import type { Code } from '../../domain/code';
import type { CodeEvidence } from '../../analysis/codeEvidence';
import { barChartSvg, chartDataText, type BarChartSpec, type BarGroup } from './barChart';

export interface CodeEvidenceChartTexts {
  title: string;
  intro: string;
  codeName: (code: Code) => string;
  emptyText: string;
}

/**
 * Evidence per code of a framework: a group per top-level code (its own evidence first when it has any),
 * a bar per code below it, named by its path under the top-level code ("Effekter › Nätverk"), since labels
 * repeat in different places. Codes below the top level are shown with 0 too.
 */
export function evidencePerCodeSpec(rows: readonly CodeEvidence[], texts: CodeEvidenceChartTexts): BarChartSpec {
  const groups: BarGroup[] = [];
  const path: string[] = [];
  for (const row of rows) {
    path.length = row.depth;
    path.push(texts.codeName(row.code));
    if (row.depth === 0) {
      groups.push({ label: path[0] as string, bars: row.evidence > 0 ? [{ label: path[0] as string, value: row.evidence }] : [] });
      continue;
    }
    groups[groups.length - 1]?.bars.push({ label: path.slice(1).join(' › '), value: row.evidence });
  }
  return { title: texts.title, description: `${texts.intro} ${chartDataText(groups)}`.trim(), groups, emptyText: texts.emptyText };
}

export function evidencePerCodeSvg(rows: readonly CodeEvidence[], texts: CodeEvidenceChartTexts): string {
  return barChartSvg(evidencePerCodeSpec(rows, texts));
}
