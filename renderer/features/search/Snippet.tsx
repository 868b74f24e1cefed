import type { ReactNode } from 'react';
import type { SnippetPart } from '../../../shared/text/search/snippet';

/** A snippet as text and <mark> elements (never HTML): the hit marked strongly, other hits nearby lightly. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }): ReactNode {
  return (
    <>
      {parts.map((part, index) =>
        part.mark === null ? (
          <span key={index}>{part.text}</span>
        ) : (
          <mark key={index} className={part.mark === 'hit' ? 'search-hit' : 'search-hit search-hit-other'}>
            {part.text}
          </mark>
        ),
      )}
    </>
  );
}
