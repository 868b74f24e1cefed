import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { cellName, columnName, ratingText } from '../../../../renderer/features/judgements/cellText';
import type { HeatmapCell } from '../../../../shared/analysis/judgementHeatmap';
import { defaultScale } from '../../../../shared/domain/ratingScales';
import { catalogFor, translate } from '../../../../shared/i18n';
import { repeatedText } from '../../../../renderer/ui/repeatedText';

const t = ((key: string, values?: Record<string, string | number>) => translate(catalogFor('sv'), key, values)) as unknown as TFunction;
const delvis = defaultScale('e', 'learning-factors').levels.find((l) => l.key === '2') ?? null;

function cell(fields: Partial<HeatmapCell>): HeatmapCell {
  return { subject: { kind: 'programme' }, codeId: 'c', judgement: null, level: null, passages: 0, tableRows: 0, noEvidence: false, ...fields };
}

describe('a heatmap cell in words', () => {
  it('names the criterion, the subject, the rating and the linked quotes, never the colour alone', () => {
    expect(cellName(repeatedText(t), cell({ level: delvis, passages: 2 }), 'Hög delaktighet', 'Kompetenslyft Mellanbygden', 'sv')).toBe('Hög delaktighet – Kompetenslyft Mellanbygden: Delvis, 2 citat');
    expect(cellName(repeatedText(t), cell({ level: delvis, noEvidence: true }), 'Hög delaktighet', 'Programmet', 'sv')).toBe('Hög delaktighet – Programmet: Delvis, 0 citat, inget belägg');
    expect(ratingText(t, cell({}), 'sv')).toBe('Ej bedömd');
    expect(ratingText(t, cell({ level: delvis }), 'en')).toBe('Partly');
    expect(columnName(t, { kind: 'programme' })).toBe('Programmet');
  });

  it('fills one translated name for every cell of the table, as i18next would word each', () => {
    const words = repeatedText(t);
    const names = [
      cellName(words, cell({ level: delvis, passages: 1 }), 'Ägarskap', 'Projekt & partner', 'sv'),
      cellName(words, cell({ passages: 3, noEvidence: false }), 'Förankring', 'Programmet', 'sv'),
      cellName(words, cell({ level: delvis, noEvidence: true }), 'Lärande', 'Ett projekt', 'en'),
    ];
    expect(names).toEqual([
      'Ägarskap – Projekt & partner: Delvis, 1 citat',
      'Förankring – Programmet: Ej bedömd, 3 citat',
      'Lärande – Ett projekt: Partly, 0 citat, inget belägg',
    ]);
  });
});

describe('repeatedText', () => {
  it('asks for each distinct text once', () => {
    const asked: string[] = [];
    const counting = ((key: string, values?: Record<string, string | number>) => {
      asked.push(key);
      return translate(catalogFor('sv'), key, values);
    }) as unknown as TFunction;
    const words = repeatedText(counting);
    for (let i = 0; i < 50; i++) {
      words.text('ui.judgements.quotes', { count: i % 2 });
      words.template('ui.judgements.cellName', ['criterion', 'subject', 'rating', 'quotes'])({ criterion: `k${i}`, subject: 's', rating: 'r', quotes: 'q' });
    }
    expect(asked.sort()).toEqual(['ui.judgements.cellName', 'ui.judgements.quotes', 'ui.judgements.quotes']);
    expect(words.text('ui.judgements.quotes', { count: 2 })).toBe('2 citat');
  });
});
