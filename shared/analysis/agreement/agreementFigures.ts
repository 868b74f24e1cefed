import type { AgreementFigures } from '../../domain/agreementRun';
import { cohenKappa } from './cohenKappa';
import { krippendorffAlpha } from './krippendorffAlpha';
import { percentAgreement } from './percentAgreement';
import { presentValues, type ReliabilityData } from './reliabilityData';

/** Percent agreement, Cohen's kappa (two coders only) and Krippendorff's alpha (nominal) of one set of units. */
export function agreementFigures<V extends number | string>(data: ReliabilityData<V>, coders: number): AgreementFigures {
  let units = 0;
  let disagreements = 0;
  for (const unit of data) {
    const values = presentValues(unit);
    if (values.length < 2) continue;
    units += unit.count;
    if (values.some((v) => v !== values[0])) disagreements += unit.count;
  }
  return { units, disagreements, percent: percentAgreement(data), kappa: coders === 2 ? cohenKappa(data) : null, alpha: krippendorffAlpha(data, 'nominal') };
}
