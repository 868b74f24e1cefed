import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { MUTED, PAGE } from './reportStyles';

/** The running header after the title page: the report's title, small, on the right. */
export function runningHeader(title: string): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, size: 16, color: MUTED })] })],
  });
}

/** The footer: the page label and number, e.g. `Sida 3`, centred. */
export function pageNumberFooter(pageWord: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${pageWord} `, PageNumber.CURRENT], size: 18, color: MUTED })],
      }),
    ],
  });
}

export const emptyHeader = () => new Header({ children: [new Paragraph({ children: [] })] });
export const emptyFooter = () => new Footer({ children: [new Paragraph({ children: [] })] });

export const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.header, footer: PAGE.footer },
  },
};
