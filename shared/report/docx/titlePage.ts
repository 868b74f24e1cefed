import { HeadingLevel, ImageRun, Paragraph, TabStopType, TextRun } from 'docx';
import type { ReportTitlePage } from '../document/reportDocument';
import { MUTED, STYLE } from './reportStyles';

/** The logo at most this size in pixels (96 to the inch), its aspect ratio kept. */
const LOGO_BOX = { width: 220, height: 90 };

export function logoSize(width: number, height: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: LOGO_BOX.width, height: LOGO_BOX.height };
  const scale = Math.min(1, LOGO_BOX.width / width, LOGO_BOX.height / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The title page: the logo, the title (Title style), the subtitle, the kind, then label and value lines. */
export function titlePage(page: ReportTitlePage): Paragraph[] {
  const logo =
    page.logo === null
      ? []
      : [
          new Paragraph({
            spacing: { after: 0 },
            children: [
              new ImageRun({
                type: page.logo.mimeType === 'image/png' ? 'png' : 'jpg',
                data: `data:${page.logo.mimeType};base64,${page.logo.base64}`,
                transformation: logoSize(page.logo.width, page.logo.height),
                altText: { name: page.logo.fileName, title: page.logo.fileName, description: page.logo.fileName },
              }),
            ],
          }),
        ];
  const labelWidth = 2400;
  return [
    ...logo,
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: page.logo === null ? undefined : { before: 2200 }, children: [new TextRun(page.title)] }),
    ...(page.subtitle === '' ? [] : [new Paragraph({ style: STYLE.subtitle, children: [new TextRun(page.subtitle)] })]),
    ...(page.kindLabel === ''
      ? []
      : [new Paragraph({ spacing: { after: 720 }, children: [new TextRun({ text: page.kindLabel, size: 28, color: MUTED })] })]),
    ...page.lines.map(
      (line) =>
        new Paragraph({
          spacing: { after: 80 },
          tabStops: [{ type: TabStopType.LEFT, position: labelWidth }],
          indent: { left: labelWidth, hanging: labelWidth },
          children: [new TextRun({ text: line.label, bold: true, size: 22 }), new TextRun({ text: `\t${line.value}`, size: 22 })],
        }),
    ),
  ];
}
