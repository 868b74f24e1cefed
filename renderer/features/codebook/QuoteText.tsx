import type { TextQuoteSelector } from '../../../shared/domain';
import { quoteParts } from './quoteText';

/** A quote in its context: a few words before and after, the quote itself marked. Text only, never HTML. */
export function QuoteText({ quote }: { quote: TextQuoteSelector }) {
  const parts = quoteParts(quote);
  return (
    <span className="quote-text">
      {parts.before && (
        <span className="quote-context">
          {parts.moreBefore ? '…' : ''}
          {parts.before}{' '}
        </span>
      )}
      <mark className="quote-exact">{parts.exact}</mark>
      {parts.after && (
        <span className="quote-context">
          {' '}
          {parts.after}
          {parts.moreAfter ? '…' : ''}
        </span>
      )}
    </span>
  );
}
