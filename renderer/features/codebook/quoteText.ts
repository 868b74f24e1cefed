import type { TextQuoteSelector } from '../../../shared/domain';
import { QUOTE_CONTEXT } from '../../../shared/text/selectors';

/** How many words of context are shown on each side of a quote. */
const CONTEXT_WORDS = 8;
/** Quotes longer than this are shortened in lists; the reader shows them whole. */
const MAX_QUOTE_CHARS = 1200;

export interface QuoteParts {
  before: string;
  exact: string;
  after: string;
  /** Whether there is more text before `before` and after `after` (or inside a shortened quote). */
  moreBefore: boolean;
  moreAfter: boolean;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The words of a context that belong to the quote's paragraph, without the outer word when the context is
 * as long as the selector keeps (that word is most likely cut off).
 */
function contextWords(text: string, side: 'before' | 'after'): { words: string[]; more: boolean } {
  const full = text.length >= QUOTE_CONTEXT;
  const lines = text.split('\n');
  const sameParagraph = side === 'before' ? (lines.at(-1) as string) : (lines[0] as string);
  const cutAtLine = lines.length > 1;
  const words = flat(sameParagraph).trim().split(' ').filter(Boolean);
  const touchesEdge = !cutAtLine && full && (side === 'before' ? !/^\s/.test(sameParagraph) : !/\s$/.test(sameParagraph));
  if (touchesEdge && words.length > 0) {
    if (side === 'before') words.shift();
    else words.pop();
  }
  const kept = side === 'before' ? words.slice(-CONTEXT_WORDS) : words.slice(0, CONTEXT_WORDS);
  return { words: kept, more: !cutAtLine && (full || kept.length < words.length) };
}

/** A quote with a few words of its context on each side, white space collapsed, for a list of quotes. */
export function quoteParts(quote: TextQuoteSelector): QuoteParts {
  const before = contextWords(quote.prefix, 'before');
  const after = contextWords(quote.suffix, 'after');
  const exact = flat(quote.exact).trim();
  return {
    before: before.words.join(' '),
    exact: exact.length > MAX_QUOTE_CHARS ? `${exact.slice(0, MAX_QUOTE_CHARS).trimEnd()}…` : exact,
    after: after.words.join(' '),
    moreBefore: before.more && before.words.length > 0,
    moreAfter: after.more && after.words.length > 0,
  };
}
