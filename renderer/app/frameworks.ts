import resultsMatrixJson from '../../resources/frameworks/results-matrix.json';
import { parseFramework, type Framework } from '../../shared/frameworks/framework';

let cached: Framework[] | null = null;

/** The default frameworks shipped in resources/, checked once. */
export function defaultFrameworks(): Framework[] {
  cached ??= [parseFramework(resultsMatrixJson)];
  return cached;
}
