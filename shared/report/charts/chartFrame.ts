import { CHARACTER_WIDTH, escapeXml, wrapLabel } from './svgText';

/** What every chart shares: its font, padding, text sizes and colour. */
export const CHART_FONT = "'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
export const PAD = 16;
export const TITLE_SIZE = 16;
export const LABEL_SIZE = 12;
export const LINE = 15;
export const TEXT_COLOUR = '#1f2933';

/** The chart's title at the top, wrapped over up to three lines; the y below it. */
export function chartTitle(title: string, width: number): { markup: string; bottom: number } {
  const lines = wrapLabel(title, Math.floor((width - 2 * PAD) / (TITLE_SIZE * CHARACTER_WIDTH)), 3);
  const markup = `<text class="chart-title" x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="bold">${lines.map((line, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : TITLE_SIZE + 4}">${escapeXml(line)}</tspan>`).join('')}</text>`;
  return { markup, bottom: PAD + lines.length * (TITLE_SIZE + 4) };
}

/** The SVG document around a chart's parts: its size, role, <title> and <desc> (the alt text), a white ground. */
export function svgDocument(width: number, height: number, title: string, description: string, parts: readonly string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(CHART_FONT)}" fill="${TEXT_COLOUR}">` +
    `<title id="chart-title">${escapeXml(title)}</title><desc id="chart-desc">${escapeXml(description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  );
}
