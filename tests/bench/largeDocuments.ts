// Large generated documents for the benchmarks: a long Swedish report as PDF (via the fixture PDF
// writer) and as DOCX (via the docx library), with headings, paragraphs, a running header and footer.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { A4, layOut, type FlowBlock } from '../fixtures/pdf/layout';
import { writePdf } from '../fixtures/pdf/pdfWriter';

const SENTENCES = [
  'Projektet har samlat kommunerna kring en gemensam plan för näringslivsarbetet och förankrat den hos politikerna.',
  'Leverantörsträffarna inför upphandlingarna har gett fler anbud från lokala företag än tidigare år.',
  'Samverkan över kommungränsen har lett till nya nätverk mellan företagare, tjänstepersoner och regionen.',
  'Projektledaren beskriver att tiden för lärande och reflektion inte räckte till under det första året.',
  'Resultaten visar att metoden kan spridas till andra kommuner i länet med små anpassningar.',
  'Styrgruppen har följt upp arbetet vid fyra möten och gett återkoppling på delrapporterna.',
];

function paragraph(n: number): string {
  return Array.from({ length: 5 }, (_, i) => SENTENCES[(n + i) % SENTENCES.length]).join(' ');
}

/** Blocks for a report of roughly `pages` A4 pages. */
function reportBlocks(pages: number): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (let section = 0; section < pages; section++) {
    blocks.push({ heading: `${section + 1} Avsnitt om genomförandet`, size: 15 });
    for (let p = 0; p < 4; p++) blocks.push({ paragraph: paragraph(section * 4 + p) });
    blocks.push({ pageBreak: true });
  }
  return blocks;
}

export function largePdf(pages: number): Uint8Array {
  const laid = layOut(reportBlocks(pages), {
    ...A4,
    header: () => 'Slutrapport – Samverkan för tillväxt',
    footer: (page, total) => `Sida ${page} av ${total}`,
  });
  return writePdf({ pages: laid.pages, info: { Title: 'Slutrapport', Author: 'Projektledaren' } });
}

export async function largeDocx(sections: number): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  for (let section = 0; section < sections; section++) {
    children.push(new Paragraph({ text: `${section + 1} Avsnitt om genomförandet`, heading: HeadingLevel.HEADING_1 }));
    for (let p = 0; p < 4; p++) children.push(new Paragraph({ text: paragraph(section * 4 + p) }));
  }
  const document = new Document({ creator: 'Spårbar bench', title: 'Slutrapport', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A `;`-separated table of `rows` rows by 20 columns, as a Swedish Excel export writes it (UTF-8). */
export function largeCsv(rows: number): Uint8Array {
  const header = ['Projektkod', 'År', 'Kommun', 'Datum', 'Aktiv'];
  for (let i = header.length; i < 20; i++) header.push(`Indikator ${i - 4}`);
  const municipalities = ['Eksjö', 'Nässjö', 'Åmål', 'Älvdalen', 'Östersund'];
  const lines = [header.join(';')];
  for (let r = 0; r < rows; r++) {
    const cells = [`MB-${r % 97}`, String(2020 + (r % 5)), municipalities[r % 5] as string, `2024-0${1 + (r % 9)}-1${r % 10}`, r % 3 === 0 ? 'ja' : 'nej'];
    for (let c = 5; c < 20; c++) cells.push(c % 4 === 0 ? String((r * c) % 1000) : c % 7 === 0 ? '' : `${(r * c) % 10000},${(r + c) % 100}`.replace(/^(\d)(\d{3}),/, '$1 $2,'));
    lines.push(cells.join(';'));
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}
