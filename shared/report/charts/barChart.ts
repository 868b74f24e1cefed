import { chartTitle, LABEL_SIZE, LINE, PAD, svgDocument } from './chartFrame';
import { CHARACTER_WIDTH, escapeXml, wrapLabel } from './svgText';

/** One bar: a label and a whole number (evidence, judgements…). */
export interface Bar {
  label: string;
  value: number;
}

/** Bars under a heading (e.g. a level and column of the results matrix, or a factor). */
export interface BarGroup {
  label: string;
  bars: Bar[];
}

/** A horizontal bar chart: a title, alt text, groups of bars, and how a number is written beside its bar. */
export interface BarChartSpec {
  title: string;
  /** The alt text: what the chart shows, in words (the SVG's <desc>). */
  description: string;
  groups: BarGroup[];
  /** The number beside a bar, e.g. "3"; defaults to the number itself. */
  formatValue?: (value: number) => string;
  /** Written when the chart has no bars at all. */
  emptyText?: string;
  width?: number;
}

const GROUP_SIZE = 13;
const BAR_COLOUR = '#2f4f6f';

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * The chart as an SVG document (a string; no DOM needed, so the Word report can embed it as well as the
 * screen). Every bar has its number written beside it, so nothing is told by colour alone; every text is
 * escaped; long labels wrap over up to three lines. The <title> and <desc> carry the title and alt text.
 */
export function barChartSvg(spec: BarChartSpec): string {
  const width = spec.width ?? 760;
  const labelWidth = Math.round(width * 0.4);
  const barX = PAD + labelWidth + 12;
  const numberRoom = 56;
  const barRoom = width - barX - numberRoom - PAD;
  const charsPerLine = Math.max(8, Math.floor(labelWidth / (LABEL_SIZE * CHARACTER_WIDTH)));
  const format = spec.formatValue ?? number;
  const max = Math.max(0, ...spec.groups.flatMap((g) => g.bars.map((b) => b.value)));

  const title = chartTitle(spec.title, width);
  const parts: string[] = [title.markup];
  let y = title.bottom + 12;

  const barCount = spec.groups.reduce((n, g) => n + g.bars.length, 0);
  if (barCount === 0 && spec.emptyText) {
    parts.push(`<text x="${PAD}" y="${y + LABEL_SIZE}" font-size="${LABEL_SIZE}">${escapeXml(spec.emptyText)}</text>`);
    y += LINE + 8;
  }
  for (const group of spec.groups) {
    if (group.bars.length === 0) continue;
    y += 6;
    parts.push(`<g class="chart-group"><text class="chart-group-label" x="${PAD}" y="${y + GROUP_SIZE}" font-size="${GROUP_SIZE}" font-weight="bold">${escapeXml(group.label)}</text>`);
    y += GROUP_SIZE + 10;
    for (const bar of group.bars) {
      const lines = wrapLabel(bar.label, charsPerLine, 3);
      const rowHeight = Math.max(1, lines.length) * LINE + 6;
      const barHeight = 12;
      const barY = y + (rowHeight - barHeight) / 2 - 2;
      const length = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barRoom));
      const textTop = y + (rowHeight - lines.length * LINE) / 2 + LABEL_SIZE - 2;
      const label = lines.map((line, i) => `<tspan x="${PAD + labelWidth}" dy="${i === 0 ? 0 : LINE}">${escapeXml(line)}</tspan>`).join('');
      parts.push(
        `<g class="chart-bar"><title>${escapeXml(`${bar.label}: ${format(bar.value)}`)}</title>` +
          `<text class="chart-label" x="${PAD + labelWidth}" y="${textTop}" font-size="${LABEL_SIZE}" text-anchor="end">${label}</text>` +
          `<rect class="chart-value-bar" x="${barX}" y="${barY}" width="${length}" height="${barHeight}" fill="${BAR_COLOUR}" data-value="${bar.value}"/>` +
          `<text class="chart-value" x="${barX + length + 6}" y="${barY + barHeight - 2}" font-size="${LABEL_SIZE}">${escapeXml(format(bar.value))}</text></g>`,
      );
      y += rowHeight;
    }
    parts.push('</g>');
  }
  const height = Math.ceil(y + PAD);
  return svgDocument(width, height, spec.title, spec.description, parts);
}

/** The chart's data in words, group by group ("Group: label 3, label 0."), for alt text. */
export function chartDataText(groups: readonly BarGroup[], formatValue: (value: number) => string = number): string {
  return groups
    .filter((g) => g.bars.length > 0)
    .map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${formatValue(b.value)}`).join(', ')}.`)
    .join(' ');
}
