import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { ReportBlock } from '../document/reportDocument';
import type { RasterImage } from '../charts/svgRasterizer';
import { PAGE, STYLE, TEXT_WIDTH } from './reportStyles';

type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

/** docx sizes images in pixels at 96 to the inch; a twip is 1/1440 inch. */
export const TWIPS_PER_PIXEL = 15;
const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL);
/** At most two thirds of the text height, so the caption and some text fit on the chart's page. */
const MAX_HEIGHT_PX = Math.floor(((PAGE.height - 2 * PAGE.margin) * 2) / 3 / TWIPS_PER_PIXEL);

/** The chart's size on the page: the text width, or less where that would make it taller than allowed. */
export function fittedSize(width: number, height: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: TEXT_WIDTH_PX, height: 1 };
  const scale = Math.min(TEXT_WIDTH_PX / width, MAX_HEIGHT_PX / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The chart as a PNG in its own paragraph, fitted to the text width, with its alt text and its caption below. */
export function chartBlock(block: ChartBlock, image: RasterImage): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: fittedSize(image.width, image.height),
          altText: { name: block.caption, title: block.caption, description: block.alt },
        }),
      ],
    }),
    new Paragraph({ style: STYLE.caption, spacing: { before: 60, after: 240 }, children: [new TextRun(block.caption)] }),
  ];
}
