import { describe, expect, it } from 'vitest';
import { codeDefinition, codeLabel } from '../../../shared/domain/codeLabel';

describe('codeLabel', () => {
  const code = { labelSv: 'Nya samverkansparter', labelEn: 'New cooperation partners' };

  it('is the label in the language: English for en, Swedish otherwise', () => {
    expect(codeLabel(code, 'sv')).toBe('Nya samverkansparter');
    expect(codeLabel(code, 'en')).toBe('New cooperation partners');
    expect(codeLabel(code, 'sv-SE')).toBe('Nya samverkansparter');
  });

  it('falls back to the other language where the label is empty or white space', () => {
    expect(codeLabel({ labelSv: 'Förankring', labelEn: '' }, 'en')).toBe('Förankring');
    expect(codeLabel({ labelSv: 'Förankring', labelEn: '  ' }, 'en')).toBe('Förankring');
    expect(codeLabel({ labelSv: '', labelEn: 'Anchoring' }, 'sv')).toBe('Anchoring');
    expect(codeLabel({ labelSv: '', labelEn: '' }, 'sv')).toBe('');
  });
});

describe('codeDefinition', () => {
  it('is the definition in the language, the Swedish one in English when there is no English', () => {
    const code = { definitionSv: 'Stöd bland politiker.', definitionEn: '' };
    expect(codeDefinition(code, 'sv')).toBe('Stöd bland politiker.');
    expect(codeDefinition(code, 'en')).toBe('Stöd bland politiker.');
    expect(codeDefinition({ definitionSv: 'Stöd.', definitionEn: 'Support.' }, 'en')).toBe('Support.');
  });
});
