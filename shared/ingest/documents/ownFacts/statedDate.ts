import { isIsoDate } from '../../../base/isoDate';

/** Month names and their abbreviations, Swedish and English, to their number. */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3, april: 4, apr: 4, maj: 5, may: 5,
  juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, augusti: 8, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** `2023-09-30`, `30 september 2023` (`30 sept. 2023`), `September 30, 2023`. */
const DATES = new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})\\s+(${MONTH})\\.?\\s+(\\d{4})\\b|\\b(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
/** Words that say the date that follows is the document's: "Datum: 2023-09-30", "Published 30 September 2023". */
const LABEL = /\b(?:datum|date|daterad|dated|rapportdatum|publicerad|published|utgiven|issued|version|updated|uppdaterad)\s*[:.]?\s*(?:den\s+)?$/i;
/** A date that is one end of a period ("2021-01-01 – 2023-06-30", "januari 2022 till maj 2023") is not the document's. */
const RANGE_AFTER = /^\s*(?:[–—-]{1,2}|till|to|t\.o\.m\.?)\s*\d/i;
const RANGE_BEFORE = /\d\s*(?:[–—-]{1,2}|till|to|fr\.o\.m\.?|från|from)\s*$/i;
const PERIOD_LINE = /period|projekttid|löptid|genomförande|duration/i;

/** How much of the text's start is looked at: the title page and the first lines after it. */
const OPENING_CHARS = 2000;

export interface StatedDate {
  date: string;
  /** True when a label says it is the document's date ("Datum:", "Date:", "Publicerad"). */
  labelled: boolean;
}

function isoOf(match: RegExpExecArray): string | null {
  const [, y1, m1, d1, d2, month2, y2, month3, d3, y3] = match;
  if (y1 !== undefined) return `${y1}-${m1}-${d1}`;
  const year = y2 ?? y3;
  const month = MONTHS[(month2 ?? month3 ?? '').toLowerCase()];
  const day = d2 ?? d3;
  if (year === undefined || month === undefined || day === undefined) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The date a document states in its opening (its title page, a "Datum:" line): a labelled date first,
 * else the first date that is not one end of a period. Null when the opening states none. ISO dates and
 * written-out dates in Swedish and English are read; day-first numeric forms (05/03/2024) are not, as
 * they mean different dates in different countries.
 */
export function statedDate(text: string): StatedDate | null {
  const opening = text.slice(0, OPENING_CHARS);
  let first: string | null = null;
  for (const match of opening.matchAll(DATES)) {
    const iso = isoOf(match);
    if (iso === null || !isIsoDate(iso)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const lineStart = opening.lastIndexOf('\n', start) + 1;
    const lineEnd = opening.indexOf('\n', end) === -1 ? opening.length : opening.indexOf('\n', end);
    const before = opening.slice(lineStart, start);
    if (LABEL.test(before)) return { date: iso, labelled: true };
    const inRange = RANGE_AFTER.test(opening.slice(end, end + 12)) || RANGE_BEFORE.test(opening.slice(Math.max(lineStart, start - 12), start));
    if (first === null && !inRange && !PERIOD_LINE.test(opening.slice(lineStart, lineEnd))) first = iso;
  }
  return first === null ? null : { date: first, labelled: false };
}
