import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { cellName, columnName, ratingText } from '../../../../renderer/features/judgements/cellText';
import type { HeatmapCell } from '../../../../shared/analysis/judgementHeatmap';
import { defaultScale } from '../../../../shared/domain/ratingScales';
import { catalogFor, translate } from '../../../../shared/i18n';

const t = ((key: string, values?: Record<string, string | number>) => translate(catalogFor('sv'), key, values)) as unknown as TFunction;
const delvis = defaultScale('e', 'learning-factors').levels.find((l) => l.key === '2') ?? null;

function cell(fields: Partial<HeatmapCell>): HeatmapCell {
  return { subject: { kind: 'programme' }, codeId: 'c', judgement: null, level: null, passages: 0, tableRows: 0, noEvidence: false, ...fields };
}

describe('a heatmap cell in words', () => {
  it('names the criterion, the subject, the rating and the linked quotes, never the colour alone', () => {
    expect(cellName(t, cell({ level: delvis, passages: 2 }), 'Hög delaktighet', 'Kompetenslyft Mellanbygden', 'sv')).toBe('Hög delaktighet – Kompetenslyft Mellanbygden: Delvis, 2 citat');
    expect(cellName(t, cell({ level: delvis, noEvidence: true }), 'Hög delaktighet', 'Programmet', 'sv')).toBe('Hög delaktighet – Programmet: Delvis, 0 citat, inget belägg');
    expect(ratingText(t, cell({}), 'sv')).toBe('Ej bedömd');
    expect(ratingText(t, cell({ level: delvis }), 'en')).toBe('Partly');
    expect(columnName(t, { kind: 'programme' })).toBe('Programmet');
  });
});
