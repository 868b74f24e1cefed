import { describe, expect, it } from 'vitest';
import { baseName } from '../../../../renderer/features/datasets/tableFiles';
import { csvFileName } from '../../../../renderer/features/datasets/exportDataset';

describe('table file names', () => {
  it('names the dataset after the file and the export after the dataset', () => {
    expect(baseName('Indikatorer 2025.xlsx')).toBe('Indikatorer 2025');
    expect(baseName('.hidden')).toBe('.hidden');
    expect(csvFileName('Mål/utfall: 2025', 'semicolon')).toBe('Mål_utfall_ 2025.csv');
    expect(csvFileName('Mål', 'comma')).toBe('Mål (komma).csv');
  });
});
