import { describe, expect, it } from 'vitest';
import { moveLevel, newLevelKey, removedLevels, saveScalePlan, scaleProblems } from '../../../shared/coding/scaleEdit';
import { newJudgement } from '../../../shared/coding/judgementEdit';
import { defaultScale, type Judgement } from '../../../shared/domain';

const NOW = '2026-12-01T10:00:00.000Z';
const factor = defaultScale('e', 'learning-factors');
const judgement = (id: string, criterionCodeId: string, rating: string | null): Judgement => ({
  ...newJudgement({ id, evaluationId: 'e', subject: { kind: 'programme' }, criterionCodeId, coder: 'A', now: '2026-01-01T00:00:00.000Z' }),
  rating,
  justification: `Motivering ${id}`,
});

describe('editing a rating scale', () => {
  it('accepts the default scales and names every empty or repeated label and a scale of fewer than two levels', () => {
    expect(scaleProblems(factor.levels)).toEqual([]);
    const [a, b, c] = factor.levels;
    const levels = [a!, { ...b!, labelSv: ' ' }, { ...c!, labelSv: ' saknas ', labelEn: 'Weak' }];
    expect(scaleProblems(levels)).toEqual([
      { kind: 'emptyLabel', index: 1, language: 'sv' },
      { kind: 'duplicateLabel', index: 2, language: 'sv' },
      { kind: 'duplicateLabel', index: 2, language: 'en' },
    ]);
    expect(scaleProblems([a!])).toEqual([{ kind: 'tooFew' }]);
  });

  it('gives a new level a key no level has, and moves a level up or down with the orders renumbered', () => {
    expect(newLevelKey(factor.levels)).toBe('level6');
    expect(newLevelKey([...factor.levels, { ...factor.levels[0]!, key: 'level6' }])).toBe('level7');
    const moved = moveLevel(factor.levels, 1, -1);
    expect(moved.map((l) => [l.key, l.order])).toEqual([['1', 0], ['0', 1], ['2', 2], ['3', 3], ['na', 4]]);
    expect(moveLevel(factor.levels, 0, -1).map((l) => l.key)).toEqual(factor.levels.map((l) => l.key));
    expect(moveLevel(factor.levels, 4, 1).map((l) => l.key)).toEqual(factor.levels.map((l) => l.key));
  });

  it('makes the judgements of a removed level unrated, or moves them to the chosen level, only for the framework\'s criteria', () => {
    const judgements = [judgement('j1', 'c1', '1'), judgement('j2', 'c1', '2'), judgement('j3', 'other', '1'), judgement('j4', 'c2', '1'), judgement('j5', 'c2', null)];
    const edited = { ...factor, levels: factor.levels.filter((l) => l.key !== '1').map((l) => (l.key === '3' ? { ...l, labelSv: ' Mycket starkt ' } : l)) };
    expect(removedLevels(factor.levels, edited.levels).map((l) => l.key)).toEqual(['1']);
    const unrated = saveScalePlan(edited, factor.levels, judgements, new Set(['c1', 'c2']), null, NOW);
    expect(unrated.scale.levels.map((l) => [l.key, l.order, l.labelSv])).toEqual([['0', 0, 'Saknas'], ['2', 1, 'Delvis'], ['3', 2, 'Mycket starkt'], ['na', 3, 'Kan inte bedömas']]);
    expect(unrated.judgements.map(({ after }) => [after.id, after.rating, after.justification, after.updatedAt])).toEqual([
      ['j1', null, 'Motivering j1', NOW],
      ['j4', null, 'Motivering j4', NOW],
    ]);
    const moved = saveScalePlan(edited, factor.levels, judgements, new Set(['c1', 'c2']), '0', NOW);
    expect(moved.judgements.map(({ before, after }) => [before.rating, after.rating])).toEqual([['1', '0'], ['1', '0']]);
    expect(() => saveScalePlan(edited, factor.levels, judgements, new Set(['c1']), '1', NOW)).toThrow(/not on the new scale/);
  });
});
