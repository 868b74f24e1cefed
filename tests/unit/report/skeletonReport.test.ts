import { Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ReportLanguage } from '../../../shared/domain/evaluation';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { buildSkeletonReport } from '../../../shared/report/docx/skeletonReport';
import { documents, evaluation, projects, QUOTES, resultsMatrixCodes, segments } from '../../fixtures/report/evaluationFixture';
import { part, zipParts } from './docxParts';

async function report(language: ReportLanguage, withSegments = true) {
  const model = buildReportModel({
    evaluation: evaluation({ reportLanguage: language }),
    projects,
    documents,
    codes: resultsMatrixCodes(),
    segments: withSegments ? segments() : [],
    language,
    generatedOn: '2012-12-10',
  });
  const buffer = await Packer.toBuffer(buildSkeletonReport(model));
  const { value: html, messages } = await mammoth.convertToHtml({ buffer });
  return { model, buffer, html, messages, parts: zipParts(buffer) };
}

/** The headings of one level in document order, as mammoth reads them. */
function headings(html: string, level: 1 | 2 | 3): string[] {
  return [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((match) => match[1] ?? '');
}

describe('buildSkeletonReport (Swedish)', async () => {
  const { html, messages, parts } = await report('sv');

  it('reads back without errors; mammoth only notes the styles it has no HTML for', () => {
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(messages.map((message) => message.message).sort()).toEqual([
      "Unrecognised paragraph style: 'Quote' (Style ID: Quote)",
      "Unrecognised paragraph style: 'Subtitle' (Style ID: Subtitle)",
      "Unrecognised paragraph style: 'Title' (Style ID: Title)",
    ]);
  });

  it('has the title page', () => {
    expect(html).toContain('<p>Lärande i lokalt och regionalt tillväxtarbete</p>');
    expect(html).toContain('Delutvärdering av Program för lokalt och regionalt tillväxtarbete');
    expect(html).toContain('På uppdrag av Tillväxtverket');
    expect(html).toContain('Utvärderare: Karin Åström och Erik Lindqvist');
    expect(html).toContain('Period: 2010-01-01 – 2012-12-31');
    expect(html).toContain('Rapporten skapades 2012-12-10 med Spårbar.');
  });

  it('lists what lacks evidence: cells without any quote, and empty categories of the other cells', () => {
    expect(html).toContain('<li>Nationell nivå – Erfarenheter/Resultat</li>');
    const partly = /<li>Lokal nivå – Effekter: ([^<]+)<\/li>/.exec(html)?.[1] ?? '';
    expect(partly).toBe('Grund för program och policybeslut');
    // A category with quotes is not listed as without.
    expect(partly).not.toContain('Nya samverkansparter');
  });

  it('uses real Word headings for the findings, cells and categories', () => {
    expect(headings(html, 1)).toEqual(['Resultat per nivå i resultatmatrisen', 'Det som saknar belägg']);
    expect(headings(html, 2)).toEqual([
      'Regional nivå – Effekter',
      'Lokal nivå – Erfarenheter/Resultat',
      'Lokal nivå – Effekter',
    ]);
    expect(headings(html, 3)).toEqual([
      'Grund för program och policybeslut (1 citat)',
      'Nya samverkansparter (1 citat)',
      'Goda exempel, metoder (4 citat)',
      'Nätverk (1 citat)',
      'Utvecklingsområden (ex. offentlig upphandling, näringslivsklimat, handel som tillväxtfaktor) (1 citat)',
      'Förbättring av internt arbetssätt (2 citat)',
      'Nya samverkansparter (2 citat)',
      'Ökade kunskaper/lärande om tillväxtarbete (3 citat)',
      'Ökad tillväxt (1 citat)',
    ]);
    expect(html).toContain('Citaten nedan är kodade mot programmets resultatmatris.');
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(part(parts, 'word/document.xml')).toMatch(/<w:pStyle w:val="Heading2"\/>/);
  });

  it('quotes in italics with Swedish quotation marks, each with its citation', () => {
    expect(html).toContain(`<em>”${QUOTES.policy}”</em>`);
    expect(html).toContain('(Lokal upphandling i Fyrbodal, Delrapport, 2011-05-30, s. 4)');
    expect(html).toContain(`<em>”${QUOTES.forankring}”</em>`);
    expect(html).toContain('(Älvdalens besöksnäring, Slutrapport, odaterad, s. 12)');
    expect(html).toContain(`<em>”${QUOTES.samverkansparter}”</em>`);
    expect(html).toContain('(Åsele näringslivsforum, Delrapport, 2011-03-01)');
    // Quote and citation share one paragraph, so they stay together.
    expect(html).toMatch(
      new RegExp(`<p><em>”${QUOTES.handel}”</em><br />\\(Handel som tillväxtfaktor i Skaraborg, Slutrapport, 2012-09-20, s\\. 7\\)</p>`),
    );
  });

  it('orders the quotes of a category by project, date and position', () => {
    const positions = [QUOTES.frukost, QUOTES.policy, QUOTES.leverantorstraffar, QUOTES.checklista].map((quote) =>
      html.indexOf(`”${quote}”`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    // frukost and policy also appear under other categories; compare within "Goda exempel, metoder".
    const section = html.slice(html.indexOf('<h3>Goda exempel, metoder'), html.indexOf('<h3>Nätverk'));
    const inSection = [QUOTES.frukost, QUOTES.policy, QUOTES.leverantorstraffar, QUOTES.checklista].map((quote) =>
      section.indexOf(`”${quote}”`),
    );
    expect(inSection.every((position) => position >= 0)).toBe(true);
    expect([...inSection].sort((a, b) => a - b)).toEqual(inSection);
  });

  it('sets the document properties, Swedish language, Calibri and page numbers', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Lärande i lokalt och regionalt tillväxtarbete</dc:title>');
    expect(core).toContain('<dc:creator>Spårbar</dc:creator>');
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toContain('w:lang w:val="sv-SE"');
    expect(styles).toContain('w:ascii="Calibri"');
    expect(styles).toContain('<w:sz w:val="22"/>');
    const footers = [...parts.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => /PAGE/.test(xml))).toBe(true);
    expect(part(parts, 'word/document.xml')).toContain('<w:titlePg/>');
  });
});

describe('buildSkeletonReport (English)', async () => {
  const { html, parts } = await report('en');

  it('uses English headings, labels, quotation marks and citations', () => {
    expect(html).toContain('Interim evaluation of Program för lokalt och regionalt tillväxtarbete');
    expect(html).toContain('Commissioned by Tillväxtverket');
    expect(html).toContain('Evaluators: Karin Åström and Erik Lindqvist');
    expect(headings(html, 1)).toEqual(['Findings per level of the results matrix', 'What lacks evidence']);
    expect(headings(html, 2)).toEqual(['Regional level – Effects', 'Local level – Experiences/Results', 'Local level – Effects']);
    expect(headings(html, 3)).toContain('New cooperation partners (2 quotes)');
    expect(headings(html, 3)).toContain('Increased growth (1 quote)');
    expect(headings(html, 3)).toContain('Good examples, methods (4 quotes)');
    expect(html).not.toMatch(/citat|Lokal nivå|Nya samverkansparter/);
    expect(html).toContain(`<em>“${QUOTES.policy}”</em>`);
    expect(html).toContain('(Lokal upphandling i Fyrbodal, Interim report, 2011-05-30, p. 4)');
    expect(part(parts, 'word/styles.xml')).toContain('w:lang w:val="en-GB"');
  });
});

describe('buildSkeletonReport (no evidence)', async () => {
  const { html, messages } = await report('sv', false);

  it('is a valid document that says there is no evidence yet', () => {
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(headings(html, 1)).toEqual(['Resultat per nivå i resultatmatrisen', 'Det som saknar belägg']);
    expect(html).toContain('<p>Inga kodade citat ännu.</p>');
    // With no evidence at all, every cell of the matrix is listed as without coded quotes.
    expect(html).toContain('<li>Nationell nivå – Erfarenheter/Resultat</li>');
    expect(html).toContain('<li>Lokal nivå – Effekter</li>');
    expect(headings(html, 2)).toEqual([]);
    expect(html).not.toContain('Citaten nedan');
  });
});
