import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesFromFramework } from '../../../shared/coding/copyFramework';
import { parseFramework } from '../../../shared/domain/framework';

const DIR = path.resolve(import.meta.dirname, '../../../resources/frameworks');
const frameworks = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => parseFramework(JSON.parse(readFileSync(path.join(DIR, name), 'utf8'))));

describe('the shipped frameworks', () => {
  it('are the results matrix, the learning factors, the success factors, LNU conditions and multi-level governance', () => {
    expect(frameworks.map((f) => [f.id, f.codes.length]).sort()).toEqual([
      ['learning-factors', 10],
      ['lnu-conditions', 11],
      ['multi-level-governance', 11],
      ['results-matrix', 36],
      ['success-factors', 30],
    ]);
  });

  it('give every code of the frameworks beyond the matrix a definition, notes and an example in both languages', () => {
    for (const framework of frameworks.filter((f) => f.id !== 'results-matrix')) {
      for (const code of framework.codes) {
        for (const field of ['labelSv', 'labelEn', 'definitionSv', 'definitionEn', 'inclusionSv', 'inclusionEn', 'exclusionSv', 'exclusionEn', 'exampleSv', 'exampleEn'] as const) {
          expect(code[field].trim(), `${framework.id} ${code.id} ${field}`).not.toBe('');
        }
        expect(code.matrixCell).toBeNull();
      }
    }
  });

  it('are copied into an evaluation with their notes and examples', () => {
    const learning = frameworks.find((f) => f.id === 'learning-factors');
    if (!learning) throw new Error('no learning factors');
    let n = 0;
    const codes = codesFromFramework(learning, 'e1', () => `c${++n}`, '2026-01-01');
    const source = learning.codes[0];
    expect(codes[0]).toMatchObject({ frameworkId: 'learning-factors', labelSv: source?.labelSv, inclusionSv: source?.inclusionSv, exclusionEn: source?.exclusionEn, exampleSv: source?.exampleSv });
    // Children point at their parents' copies.
    const child = codes.find((code) => code.parentId !== null);
    expect(codes.some((code) => code.id === child?.parentId)).toBe(true);
  });
});
