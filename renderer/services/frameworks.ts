import { parseFramework, type Framework } from '../../shared/domain/framework';

/** The results matrix first: it is the programme's own map, the one the matrix view counts. */
const FRAMEWORK_ORDER = ['results-matrix', 'learning-factors', 'success-factors', 'lnu-conditions', 'multi-level-governance'];

const files = import.meta.glob('../../resources/frameworks/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

let cached: Framework[] | null = null;

/** The default frameworks shipped in resources/frameworks/, checked once. */
export function defaultFrameworks(): Framework[] {
  cached ??= Object.values(files)
    .map((json) => parseFramework(json))
    .sort((a, b) => frameworkRank(a.id) - frameworkRank(b.id));
  return cached;
}

/** The framework every evaluation has. */
export const REQUIRED_FRAMEWORK = 'results-matrix';

/** Where a framework comes in lists: the shipped ones in their order, then any other. */
function frameworkRank(frameworkId: string | null): number {
  const index = FRAMEWORK_ORDER.indexOf(frameworkId ?? '');
  return index === -1 ? FRAMEWORK_ORDER.length : index;
}
