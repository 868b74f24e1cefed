import { chartTitle, LABEL_SIZE, LINE, PAD, svgDocument, TEXT_COLOUR } from './chartFrame';
import { CHARACTER_WIDTH, escapeXml, wrapLabel } from './svgText';

/** One part of every stacked bar: its name in the legend and its colour. */
export interface StackSeries {
  label: string;
  /** `#rrggbb`; the part's number is written on it, so the colour never stands alone. */
  colour: string;
}

/** A stacked bar: a label and one whole number per series. */
export interface StackedBar {
  label: string;
  values: number[];
}

/** A horizontal stacked bar chart: a title, alt text, the series (legend), and the bars. */
export interface StackedBarChartSpec {
  title: string;
  /** The alt text: what the chart shows, in words (the SVG's <desc>). */
  description: string;
  series: StackSeries[];
  bars: StackedBar[];
  /** Written when the chart has no bars. */
  emptyText?: string;
  width?: number;
}

const BAR_HEIGHT = 18;
const SWATCH = 12;

/** Dark text or white on a `#rrggbb` fill: whichever contrasts more with it (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill)?.[1];
  if (!hex) return TEXT_COLOUR;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // TEXT_COLOUR's luminance is about 0.021.
  return (luminance + 0.05) / 0.071 >= 1.05 / (luminance + 0.05) ? TEXT_COLOUR : '#ffffff';
}

/**
 * The stacked bar chart as an SVG document (a string, no DOM): a legend of every series (swatch and
 * label), then one bar per label, its parts in series order, each part's number written on it (or, where
 * a part is too narrow, the bar's numbers in words after it), so nothing is told by colour alone. Every
 * text is escaped; the <title> and <desc> carry the title and alt text.
 */
export function stackedBarChartSvg(spec: StackedBarChartSpec): string {
  const width = spec.width ?? 760;
  const labelWidth = Math.round(width * 0.36);
  const barX = PAD + labelWidth + 12;
  const barRoom = Math.round((width - barX - PAD) * 0.72);
  const charsPerLine = Math.max(8, Math.floor(labelWidth / (LABEL_SIZE * CHARACTER_WIDTH)));
  const max = Math.max(0, ...spec.bars.map((bar) => bar.values.reduce((sum, v) => sum + v, 0)));

  const title = chartTitle(spec.title, width);
  const parts: string[] = [title.markup];
  let y = title.bottom + 10;

  // The legend, flowing over as many lines as it needs.
  let x = PAD;
  const legend: string[] = [];
  for (const series of spec.series) {
    const itemWidth = SWATCH + 6 + Math.ceil(series.label.length * LABEL_SIZE * CHARACTER_WIDTH) + 18;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += LINE + 4;
    }
    legend.push(
      `<g class="chart-legend-item"><rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(series.colour)}" stroke="#5b6570" stroke-width="0.5"/>` +
        `<text x="${x + SWATCH + 6}" y="${y + SWATCH - 1}" font-size="${LABEL_SIZE}">${escapeXml(series.label)}</text></g>`,
    );
    x += itemWidth;
  }
  if (legend.length > 0) {
    parts.push(`<g class="chart-legend">${legend.join('')}</g>`);
    y += LINE + 14;
  }

  if (spec.bars.length === 0 && spec.emptyText) {
    parts.push(`<text x="${PAD}" y="${y + LABEL_SIZE}" font-size="${LABEL_SIZE}">${escapeXml(spec.emptyText)}</text>`);
    y += LINE + 8;
  }
  for (const bar of spec.bars) {
    const lines = wrapLabel(bar.label, charsPerLine, 3);
    const rowHeight = Math.max(BAR_HEIGHT + 8, lines.length * LINE + 6);
    const barY = y + (rowHeight - BAR_HEIGHT) / 2;
    const textTop = y + (rowHeight - lines.length * LINE) / 2 + LABEL_SIZE - 2;
    const label = lines.map((line, i) => `<tspan x="${PAD + labelWidth}" dy="${i === 0 ? 0 : LINE}">${escapeXml(line)}</tspan>`).join('');
    const pieces: string[] = [];
    let offset = barX;
    let allFit = true;
    bar.values.forEach((value, i) => {
      if (value <= 0) return;
      const series = spec.series[i];
      const length = max === 0 ? 0 : (value / max) * barRoom;
      const text = String(value);
      const fits = length >= text.length * LABEL_SIZE * CHARACTER_WIDTH + 6;
      allFit &&= fits;
      pieces.push(
        `<g class="chart-part"><title>${escapeXml(`${bar.label}: ${series?.label ?? ''} ${value}`)}</title>` +
          `<rect x="${offset.toFixed(1)}" y="${barY}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="${escapeXml(series?.colour ?? '#888888')}" stroke="#ffffff" stroke-width="1" data-value="${value}"/>` +
          (fits ? `<text x="${(offset + length / 2).toFixed(1)}" y="${barY + BAR_HEIGHT - 5}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${textColourOn(series?.colour ?? '')}">${text}</text>` : '') +
          '</g>',
      );
      offset += length;
    });
    const words = allFit ? '' : bar.values.flatMap((value, i) => (value > 0 ? [`${spec.series[i]?.label ?? ''} ${value}`] : [])).join(', ');
    parts.push(
      `<g class="chart-bar"><text class="chart-label" x="${PAD + labelWidth}" y="${textTop}" font-size="${LABEL_SIZE}" text-anchor="end">${label}</text>${pieces.join('')}` +
        (words ? `<text class="chart-value" x="${(offset + 6).toFixed(1)}" y="${barY + BAR_HEIGHT - 5}" font-size="${LABEL_SIZE - 1}">${escapeXml(words)}</text>` : '') +
        '</g>',
    );
    y += rowHeight;
  }
  const height = Math.ceil(y + PAD);
  return svgDocument(width, height, spec.title, spec.description, parts);
}
