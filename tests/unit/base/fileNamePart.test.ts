import { describe, expect, it } from 'vitest';
import { fileNamePart } from '../../../shared/base/fileNamePart';
import { reportFileName } from '../../../shared/report/reportFileName';

describe('fileNamePart and the report file name', () => {
  it('keeps letters (åäö too), digits, spaces, underscores and dashes; the rest becomes one space', () => {
    expect(fileNamePart('  Lärande för tillväxt: "Mellanbygden" / 2026?  ')).toBe('Lärande för tillväxt Mellanbygden 2026');
    expect(fileNamePart('a_b-c')).toBe('a_b-c');
    expect(fileNamePart('x'.repeat(200), 10)).toBe('xxxxxxxxxx');
    expect(fileNamePart('../..')).toBe('');
  });

  it('names the report after the title and the date, with a fallback for a title of no safe characters', () => {
    expect(reportFileName('Delutvärdering av Lärande för tillväxt i Mellanbygden', '2026-12-07')).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden 2026-12-07.docx');
    expect(reportFileName('Rapport: <del 1>', '2026-01-02')).toBe('Rapport del 1 2026-01-02.docx');
    expect(reportFileName('/////', '2026-01-02')).toBe('Sparbar-rapport 2026-01-02.docx');
  });
});
