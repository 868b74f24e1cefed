import { describe, expect, it } from 'vitest';
import { compileRegex, hasNestedRepetition } from '../../../../shared/text/search/regexQuery';

describe('hasNestedRepetition', () => {
  it('finds unbounded repetition inside repeated groups', () => {
    for (const pattern of ['(a+)+', '(a*)*b', '(\\w+\\s?)*$', '((ab)+c)+', '(x+){2,}', '(?:a|b+)*']) expect(hasNestedRepetition(pattern), pattern).toBe(true);
  });

  it('lets ordinary patterns through', () => {
    for (const pattern of ['\\d+,\\d+ mnkr', '(samverkan|samarbete)+', '(ab)+', '[(a+)]+', '\\(a+\\)+', 'a{2,5}(b{1,3})+', 'företag(et|en)?']) {
      expect(hasNestedRepetition(pattern), pattern).toBe(false);
    }
  });
});

describe('compileRegex', () => {
  it('compiles global and Unicode-aware, case-insensitive unless asked', () => {
    const loose = compileRegex('\\p{Lu}rebro|örebro', false);
    expect(loose.ok && loose.regex.flags).toBe('giu');
    const strict = compileRegex('Örebro', true);
    expect(strict.ok && strict.regex.flags).toBe('gu');
  });

  it('falls back to the non-Unicode dialect for patterns written for it', () => {
    const result = compileRegex('EU\\-projekt', false);
    expect(result.ok && result.regex.test('EU-projekt')).toBe(true);
  });

  it('says why a pattern is refused', () => {
    expect(compileRegex('(a+)+b', false)).toEqual({ ok: false, reason: 'nested', detail: '' });
    const broken = compileRegex('(samverkan', false);
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.reason).toBe('syntax');
      expect(broken.detail).toMatch(/Invalid regular expression/);
    }
  });
});
