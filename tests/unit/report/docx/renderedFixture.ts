// The hand-made ReportDocument rendered to .docx once per test file, with its parts and mammoth's reading.
import mammoth from 'mammoth';
import { createNodeSvgRasterizer } from '../../../../cli/nodeSvgRasterizer';
import type { ReportLogo } from '../../../../shared/domain/reportSettings';
import type { ReportDocument } from '../../../../shared/report/document/reportDocument';
import { renderReportDocx, type RenderReportOptions } from '../../../../shared/report/docx/renderReport';
import { reportDocumentFixture } from '../../../fixtures/report/reportDocumentFixture';
import { zipParts } from '../docxParts';

export const rasterize = createNodeSvgRasterizer();

/** mammoth's HTML for the styles it has no default for: quotes as blockquotes, notes and captions as classes. */
export const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Note'] => p.note:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

/** A small PNG logo, drawn by the rasterizer (60 × 20 SVG pixels, twice that in the PNG). */
export async function testLogo(): Promise<ReportLogo> {
  const image = await rasterize(
    '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#1f3864"/><text x="8" y="15" font-size="11" fill="#ffffff">LOGO</text></svg>',
  );
  return { fileName: 'logo.png', mimeType: 'image/png', base64: Buffer.from(image.png).toString('base64'), width: image.width, height: image.height };
}

export interface Rendered {
  doc: ReportDocument;
  buffer: Buffer;
  parts: Map<string, string>;
  html: string;
  messages: { type: string; message: string }[];
}

export async function rendered(
  options: { language?: 'sv' | 'en'; logo?: boolean } & Partial<Omit<RenderReportOptions, 'rasterize'>> = {},
): Promise<Rendered> {
  const doc = reportDocumentFixture({ logo: options.logo === false ? null : await testLogo(), language: options.language ?? 'sv' });
  const bytes = await renderReportDocx(doc, { rasterize, ...options });
  const buffer = Buffer.from(bytes);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
  return { doc, buffer, parts: zipParts(buffer), html, messages };
}

/** Text of an HTML fragment: tags dropped, entities of mammoth's output decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
