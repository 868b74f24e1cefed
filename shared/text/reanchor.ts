import type { TextPositionSelector, TextQuoteSelector } from '../domain/segment';

/** How many characters of context around a candidate agree with the quote's prefix and suffix. */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let score = 0;
  for (let i = 1; i <= quote.prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== quote.prefix[quote.prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < quote.suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== quote.suffix[i]) break;
    score++;
  }
  return score;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Text with every run of white space as one space, and where each of its characters came from. */
function collapsed(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!space) {
        out += ' ';
        origin.push(i);
      }
      space = true;
    } else {
      out += ch;
      origin.push(i);
      space = false;
    }
  }
  return { text: out, origin };
}

/**
 * Finds a coded passage in a new version of its document, by the W3C selectors it was stored with: the
 * quote where it occurs once, else the occurrence whose surroundings agree best with the stored prefix
 * and suffix (then the one nearest the old position); failing that, the same words with the white space
 * changed (a re-flowed paragraph). Null when the passage is not in the new text.
 */
export function reanchor(newText: string, position: TextPositionSelector, quote: TextQuoteSelector): { start: number; end: number } | null {
  const candidates = occurrences(newText, quote.exact);
  if (candidates.length > 0) {
    let best = candidates[0] as number;
    let bestScore = -1;
    for (const start of candidates) {
      const score = contextScore(newText, start, start + quote.exact.length, quote);
      const closer = Math.abs(start - position.start) < Math.abs(best - position.start);
      if (score > bestScore || (score === bestScore && closer)) {
        best = start;
        bestScore = score;
      }
    }
    return { start: best, end: best + quote.exact.length };
  }
  const wanted = collapsed(quote.exact.trim()).text;
  if (wanted.trim() === '') return null;
  const haystack = collapsed(newText);
  const at = haystack.text.indexOf(wanted);
  if (at === -1) return null;
  const start = haystack.origin[at] as number;
  const last = haystack.origin[at + wanted.length - 1] as number;
  return { start, end: last + 1 };
}
