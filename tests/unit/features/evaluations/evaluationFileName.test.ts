import { describe, expect, it } from 'vitest';
import { evaluationFileName, isEvaluationFileName } from '../../../../renderer/features/evaluations/evaluationFileName';

describe('evaluation file names', () => {
  it('suggests the title with .sparbar, without characters file systems refuse', () => {
    expect(evaluationFileName('Delutvärdering av Lärande för tillväxt i Mellanbygden')).toBe('Delutvärdering av Lärande för tillväxt i Mellanbygden.sparbar');
    expect(evaluationFileName('Etapp 1/2: "Höglandet" <utkast>?')).toBe('Etapp 1_2_ _Höglandet_ _utkast__.sparbar');
    expect(evaluationFileName('Rad\u0001brytning\n')).toBe('Rad_brytning_.sparbar');
    expect(evaluationFileName('   ')).toBe('utvardering.sparbar');
  });

  it('knows an evaluation file by its extension, in any case', () => {
    expect(isEvaluationFileName('demo.SPARBAR')).toBe(true);
    expect(isEvaluationFileName('demo.sparbar.zip')).toBe(false);
  });
});
