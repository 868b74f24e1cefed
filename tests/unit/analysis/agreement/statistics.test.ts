import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../../shared/analysis/agreement/cohenKappa';
import { krippendorffAlpha } from '../../../../shared/analysis/agreement/krippendorffAlpha';
import { percentAgreement } from '../../../../shared/analysis/agreement/percentAgreement';
import { fromCodersByUnits } from '../../../../shared/analysis/agreement/reliabilityData';

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers, twelve
 * units, values 1-5, missing data (also the doctest of fast-krippendorff, there with value names).
 */
const KRIPPENDORFF_2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

/**
 * fast-krippendorff's reference data (github.com/pln-fing-udelar/fast-krippendorff, the doctest of
 * `alpha`, from Wikipedia's article): three coders, fifteen units, nominal 0.691358, interval 0.810845.
 */
const FAST_KRIPPENDORFF = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

describe("Krippendorff's alpha against published values", () => {
  it('gives 0.743 (nominal) on Krippendorff\'s own worked example of four coders and twelve units', () => {
    expect(krippendorffAlpha(fromCodersByUnits(KRIPPENDORFF_2011), 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('gives 0.691358 (nominal) and 0.810845 (interval) on fast-krippendorff\'s reference data', () => {
    const data = fromCodersByUnits(FAST_KRIPPENDORFF);
    expect(krippendorffAlpha(data, 'nominal')).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(data, 'interval')).toBeCloseTo(0.810845, 6);
  });

  it('gives the same with alike units counted once with their count as weight', () => {
    const data = fromCodersByUnits(FAST_KRIPPENDORFF);
    const doubled = data.map((unit) => ({ ...unit, count: 2 }));
    expect(krippendorffAlpha(doubled, 'nominal')).toBeCloseTo(krippendorffAlpha([...data, ...data], 'nominal') ?? NaN, 12);
  });

  it('is 1 for perfect agreement and null where nothing is pairable or every value is the same', () => {
    expect(krippendorffAlpha(fromCodersByUnits([[1, 0, 1], [1, 0, 1]]))).toBe(1);
    expect(krippendorffAlpha(fromCodersByUnits([[1, _, 0], [_, 1, _]]))).toBeNull();
    expect(krippendorffAlpha(fromCodersByUnits([[1, 1, 1], [1, 1, 1]]))).toBeNull();
  });
});

describe("Cohen's kappa", () => {
  it('matches a 2x2 table worked by hand', () => {
    // Twenty units, two coders, present (1) or absent (0):
    //              B: 1   B: 0
    //   A: 1        6      2     (8)
    //   A: 0        3      9     (12)
    //              (9)    (11)
    // po = (6 + 9) / 20 = 0.75; pe = (8/20)(9/20) + (12/20)(11/20) = 0.18 + 0.33 = 0.51;
    // kappa = (0.75 - 0.51) / (1 - 0.51) = 0.24 / 0.49 = 0.4897959…
    const data = [
      { values: [1, 1], count: 6 },
      { values: [1, 0], count: 2 },
      { values: [0, 1], count: 3 },
      { values: [0, 0], count: 9 },
    ];
    expect(cohenKappa(data)).toBeCloseTo(0.24 / 0.49, 12);
    expect(percentAgreement(data)).toBeCloseTo(0.75, 12);
  });

  it('leaves out units one coder did not code, and is null for other than two coders or no expected disagreement', () => {
    expect(cohenKappa([{ values: [1, 1], count: 1 }, { values: [0, 0], count: 1 }, { values: [1, null], count: 5 }])).toBe(1);
    expect(cohenKappa([{ values: [1, 1, 1], count: 1 }])).toBeNull();
    expect(cohenKappa([{ values: [1, 1], count: 3 }])).toBeNull();
  });
});

describe('percent agreement', () => {
  it('counts agreeing pairs of values for more than two coders', () => {
    // Unit 1: values 1, 1, 2 -> pairs (1,1) agree, (1,2) and (1,2) do not: 1 of 3. Unit 2: 3, 3 (one missing): 1 of 1.
    expect(percentAgreement(fromCodersByUnits([[1, 3], [1, _], [2, 3]]))).toBeCloseTo(2 / 4, 12);
    expect(percentAgreement(fromCodersByUnits([[1], [_]]))).toBeNull();
  });
});
