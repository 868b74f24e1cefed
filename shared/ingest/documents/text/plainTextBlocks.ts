import type { TextModelBuilder } from '../textModelBuilder';
import { paragraphsOf } from './textLines';

const MAX_HEADING_LENGTH = 60;
const MAX_HEADING_WORDS = 10;

/**
 * Whether a paragraph looks like a section title in a plain-text report ("Bakgrund", "3.2 Resultat"):
 * one line of at most 60 characters and ten words, starting with a capital letter or a section number,
 * with a letter in it, not ending like a sentence or a clause, and not holding two sentences.
 */
export function looksLikeHeading(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = (lines[0] as string).trim();
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return false;
  if (!/^(?:\p{Lu}|\d+(?:\.\d+)*\.?\s+\p{Lu})/u.test(line)) return false;
  if (!/\p{L}/u.test(line)) return false;
  if (/[.,;:!?…]["'”’»)\]]*$/u.test(line)) return false;
  if (/[.!?]\s+\p{Lu}/u.test(line.replace(/^\d+(?:\.\d+)*\.?\s+/, ''))) return false;
  return line.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * Plain text: blank lines separate paragraphs; lines within a paragraph are kept. A short title-like
 * line standing alone before a paragraph of body text becomes a heading of level 2, so the reader's
 * outline works for text reports. Two title-like lines in a row are both kept as paragraphs (a list of
 * names, a signature), and so is a title-like line at the end.
 */
export function addPlainTextBlocks(text: string, builder: TextModelBuilder, page: string | null = null): void {
  const paragraphs = paragraphsOf(text);
  const candidates = paragraphs.map(looksLikeHeading);
  paragraphs.forEach((lines, i) => {
    const heading = candidates[i] === true && i + 1 < paragraphs.length && candidates[i + 1] === false;
    if (heading) builder.add('heading', lines.join('\n'), { level: 2, page });
    else builder.add('paragraph', lines.join('\n'), { page });
  });
}
