/**
 * Heading names of word processors' styles: Word writes the English names of built-in styles ("heading 1",
 * "Title") with localised style ids ("Rubrik1", "berschrift1", "Titre1"), LibreOffice "Heading 1" and
 * "Title"; other programs sometimes write localised names.
 */
const HEADING_NAME =
  /^(?:heading|rubrik|überschrift|berschrift|titre|título|titulo|ttulo|titolo|kop|overskrift|otsikko|nagłówek|nagwek|nadpis|címsor|cmsor|заголовок)[\s_]*(?:_20_)?([1-9])$/i;
const TITLE_NAME = /^(?:title|titel|rubrik|titre|título|titulo|ttulo|titolo|tittel|otsikko|tytuł|tytu|název|nzev|название)$/i;

/** The heading level (1-9) a style name or id stands for ("Heading 2" → 2, "Rubrik" → 1), or null. */
export function headingLevelOfName(name: string): number | null {
  const trimmed = name.trim();
  const heading = HEADING_NAME.exec(trimmed);
  if (heading) return Number(heading[1]);
  return TITLE_NAME.test(trimmed) ? 1 : null;
}
