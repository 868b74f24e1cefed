import { describe, expect, it } from 'vitest';
import { codeQuoteSummary, summaryInLanguage } from '../../../shared/coding/stepSummary';

const partners = { labelSv: 'Nya samverkansparter', labelEn: 'New cooperation partners' };
const partnersShort = { labelSv: 'Nya', labelEn: 'New' };
const ownOnly = { labelSv: 'Egen kod', labelEn: '' };

describe('summaryInLanguage', () => {
  it('shows a built-in code’s English label in English, and the summary as kept in Swedish', () => {
    const summary = codeQuoteSummary(partners.labelSv, 'Tre nya företag gick med i nätverket.');
    expect(summaryInLanguage(summary, [partners], 'en')).toBe('New cooperation partners: ”Tre nya företag gick med i nätverket.”');
    expect(summaryInLanguage(summary, [partners], 'sv')).toBe(summary);
    expect(summaryInLanguage('Nya samverkansparter: 4', [partners], 'en')).toBe('New cooperation partners: 4');
    expect(summaryInLanguage('Nya samverkansparter', [partners], 'en')).toBe('New cooperation partners');
  });

  it('takes the longest label that fits, names both codes of a merge, and leaves a code without English alone', () => {
    expect(summaryInLanguage('Nya samverkansparter: ”x”', [partnersShort, partners], 'en')).toBe('New cooperation partners: ”x”');
    expect(summaryInLanguage('Nya → Nya samverkansparter', [partnersShort, partners], 'en')).toBe('New → New cooperation partners');
    expect(summaryInLanguage('Egen kod: ”x”', [ownOnly], 'en')).toBe('Egen kod: ”x”');
    expect(summaryInLanguage('”Nya samverkansparter”', [partners], 'en')).toBe('”Nya samverkansparter”');
  });
});
