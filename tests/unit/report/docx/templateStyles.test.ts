// A Word template's styles: read out of a .docx/.dotx made here, and carried into the rendered report.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../../../shared/report/docx/renderReport';
import {
  TEMPLATE_LIMITS,
  templateStyleIds,
  templateStylesFrom,
  TemplateStylesError,
  withDefaultLanguage,
} from '../../../../shared/report/docx/templateStyles';
import { reportDocumentFixture } from '../../../fixtures/report/reportDocumentFixture';
import { part, zipParts } from '../docxParts';
import { rasterize } from './renderedFixture';

const FONT = 'Garamond Testhus';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The organisation's styles: its body font, its own Heading 1 (dark red) and Title, no Quote or Caption. */
export const TEMPLATE_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}"/><w:b/><w:color w:val="8B0000"/><w:sz w:val="36"/></w:rPr></w:style>` +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="8B0000"/><w:sz w:val="60"/></w:rPr></w:style>' +
  '</w:styles>';

function wordFile(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

const template = () =>
  wordFile({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document ${W}><w:body/></w:document>`,
    'word/styles.xml': TEMPLATE_STYLES,
  });

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof TemplateStylesError ? error.code : `not a TemplateStylesError: ${String(error)}`;
  }
}

describe('templateStylesFrom', () => {
  it('reads word/styles.xml out of a .docx or .dotx', () => {
    expect(templateStylesFrom(template())).toBe(TEMPLATE_STYLES);
  });

  it('says notZip for a file that is not a zip, or a damaged one', () => {
    expect(codeOf(() => templateStylesFrom(strToU8('Det här är ingen mall.')))).toBe('notZip');
    expect(codeOf(() => templateStylesFrom(template().subarray(0, 100)))).toBe('notZip');
  });

  it('says noStyles for a zip without a styles part, or with one that is not Word styles', () => {
    expect(codeOf(() => templateStylesFrom(wordFile({ 'word/document.xml': `<w:document ${W}/>` })))).toBe('noStyles');
    expect(codeOf(() => templateStylesFrom(wordFile({ 'word/styles.xml': '<html>inte stilar</html>' })))).toBe('noStyles');
  });

  it('says tooLarge for a file or a styles part past the limits', () => {
    expect(codeOf(() => templateStylesFrom(new Uint8Array(TEMPLATE_LIMITS.maxFileBytes + 1)))).toBe('tooLarge');
    const huge = `<w:styles ${W}>${' '.repeat(TEMPLATE_LIMITS.maxStylesBytes)}</w:styles>`;
    expect(codeOf(() => templateStylesFrom(wordFile({ 'word/styles.xml': huge })))).toBe('tooLarge');
  });
});

/** Word's way: fonts by the theme (heading and body fonts) and colours by theme name beside their value. */
const THEMED_STYLES =
  `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/></w:rPr></w:style></w:styles>';
const THEME =
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Husets tema"><a:themeElements><a:fontScheme name="Hus">' +
  '<a:majorFont><a:latin typeface="Rubrikhus Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Brödhus &amp; Serif"/><a:ea typeface=""/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';

describe('a template whose styles name theme fonts and colours', () => {
  const styles = templateStylesFrom(wordFile({ 'word/styles.xml': THEMED_STYLES, 'word/theme/theme1.xml': THEME }));

  it('names the theme fonts in the styles: the body font by default, the heading font in headings', () => {
    expect(styles).toContain('<w:rFonts w:cs="Arial" w:hAnsi="Brödhus &amp; Serif" w:ascii="Brödhus &amp; Serif"/>');
    expect(styles).toContain('<w:rFonts w:hAnsi="Rubrikhus Sans" w:ascii="Rubrikhus Sans"/>');
    expect(styles).not.toMatch(/Theme=|cstheme=/);
  });

  it('keeps the colour values and drops the theme colour names', () => {
    expect(styles).toContain('<w:color w:val="2F5496"/>');
    expect(styles).not.toContain('themeColor');
  });

  it('leaves theme references as they are named where the template has no theme part, but not the colour names', () => {
    const unthemed = templateStylesFrom(wordFile({ 'word/styles.xml': THEMED_STYLES }));
    expect(unthemed).toContain('w:asciiTheme="majorHAnsi"');
    expect(unthemed).toContain('<w:color w:val="2F5496"/>');
  });
});

describe('the template styles helpers', () => {
  it('lists the style ids a styles part defines', () => {
    expect(templateStyleIds(TEMPLATE_STYLES)).toEqual(new Set(['Normal', 'Heading1', 'Title']));
  });

  it("sets the report's language as the default, replacing or adding w:lang", () => {
    expect(withDefaultLanguage(TEMPLATE_STYLES, 'en-GB')).toContain('<w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>');
    expect(withDefaultLanguage(TEMPLATE_STYLES, 'en-GB')).not.toContain('sv-SE');
    expect(withDefaultLanguage(`<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`, 'sv-SE')).toContain(
      '<w:rPrDefault><w:rPr><w:b/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault>',
    );
    expect(withDefaultLanguage(`<w:styles ${W}><w:style w:styleId="Normal"/></w:styles>`, 'sv-SE')).toBe(
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId="Normal"/></w:styles>`,
    );
  });
});

describe('a report rendered with a template', async () => {
  const bytes = await renderReportDocx(reportDocumentFixture({ logo: null, language: 'en' }), {
    rasterize,
    templateStylesXml: templateStylesFrom(template()),
  });
  const parts = zipParts(Buffer.from(bytes));
  const styles = part(parts, 'word/styles.xml');
  const styleXml = (id: string) => [...styles.matchAll(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 'g'))].map((m) => m[0]);

  it("takes the template's fonts and colours: its body font and its own Heading 1 and Title", () => {
    expect(styles).toContain(`w:ascii="${FONT}"`);
    expect(styleXml('Heading1')).toHaveLength(1);
    expect(styleXml('Heading1')[0]).toContain('<w:color w:val="8B0000"/>');
    expect(styleXml('Title')[0]).toContain('<w:color w:val="8B0000"/>');
    // The styles the house fills in carry on in the template's font, not the house's Calibri.
    expect(styles).not.toContain('Calibri');
  });

  it('still resolves every style id the document uses, the house filling in those the template lacks', () => {
    const used = new Set([...part(parts, 'word/document.xml').matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1] as string));
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Quote', 'Caption', 'Note', 'Title', 'TOCHeading']) expect(used).toContain(id);
    for (const id of used) expect(styleXml(id), `style ${id}`).toHaveLength(1);
    expect(styleXml('Quote')[0]).toContain('<w:i/>');
  });

  it("tags the text in the report's language, not the template's", () => {
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="en-GB"\/>.*<\/w:rPrDefault>/);
  });
});
