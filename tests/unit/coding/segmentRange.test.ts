import { describe, expect, it } from 'vitest';
import { withRange } from '../../../shared/coding/segmentRange';
import { codeQuoteSummary, excerpt, quoteSummary } from '../../../shared/coding/stepSummary';
import { NOW, segment } from './codebookFixtures';

const text = 'Rådet har träffats fyra gånger.  Elva företag deltog.';

describe('withRange', () => {
  const record = segment('s', ['c'], { memo: 'M' });

  it('moves a segment to a trimmed range, keeping its codes and judgement', () => {
    const start = text.indexOf(' Elva');
    const moved = withRange(record, text, start, start + 13, NOW);
    expect(moved).toMatchObject({ id: 's', documentId: 'doc', codeIds: ['c'], memo: 'M', updatedAt: NOW });
    expect(moved?.quote.exact).toBe('Elva företag');
    expect(moved?.position).toEqual({ type: 'TextPositionSelector', start: start + 1, end: start + 13 });
  });

  it('clamps the range to the text, and is null for white space only', () => {
    expect(withRange(record, text, -5, 5, NOW)?.quote.exact).toBe('Rådet');
    expect(withRange(record, text, text.length - 7, text.length + 9, NOW)?.quote.exact).toBe('deltog.');
    expect(withRange(record, text, text.indexOf('  '), text.indexOf('  ') + 2, NOW)).toBeNull();
  });

  it('moves a segment to another document', () => {
    expect(withRange(record, text, 0, 5, NOW, { id: 'doc2', projectId: 'proj2' })).toMatchObject({ documentId: 'doc2', projectId: 'proj2' });
  });
});

describe('step summaries', () => {
  it('flatten white space and cut long quotes', () => {
    expect(excerpt('  a\n\n b  ')).toBe('a b');
    expect(excerpt('x'.repeat(70))).toBe(`${'x'.repeat(60)}…`);
    expect(excerpt('x'.repeat(90), 80)).toBe(`${'x'.repeat(80)}…`);
    expect(quoteSummary('Elva företag')).toBe('”Elva företag”');
    expect(codeQuoteSummary('Nätverk', 'Elva\nföretag')).toBe('Nätverk: ”Elva företag”');
  });
});
