import { presentValues, type ReliabilityData } from './reliabilityData';

/**
 * Percent agreement (0-1): of every pair of coders' values on the same unit (the units with at least two
 * values), the share that agree. For two coders, the share of the units both coded that they coded alike.
 * Null when no unit has two values.
 */
export function percentAgreement<V>(data: ReliabilityData<V>): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const unit of data) {
    const values = presentValues(unit);
    for (let i = 0; i < values.length; i += 1) {
      for (let j = i + 1; j < values.length; j += 1) {
        pairs += unit.count;
        if (values[i] === values[j]) agreeing += unit.count;
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs;
}
