import type { TFunction } from 'i18next';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { AUTO_CODE_SKIPS, skippedCount, type AutoCodeSkips } from '../../../shared/coding/autoCodeTally';

/**
 * What auto-coding says when done: how many passages gained the code, and for those that did not, why
 * ("8 passager kodades som ”X”. 1 passage kodades inte: 1 hade redan koden.").
 */
export function autoCodeMessage(t: TFunction, code: string, outcome: { step: ChangeSet | null; skipped: AutoCodeSkips }): string {
  const coded = outcome.step?.changes.length ?? 0;
  const notCoded = skippedCount(outcome.skipped);
  // Nothing coded because every passage had the code already: one sentence says it all.
  if (coded === 0 && notCoded === outcome.skipped.alreadyCoded) return t('ui.search.appliedNone', { code });
  const done = coded > 0 ? t('ui.search.applied', { count: coded, code }) : t('ui.search.appliedNothing', { code });
  if (notCoded === 0) return done;
  const reasons = AUTO_CODE_SKIPS.filter((reason) => outcome.skipped[reason] > 0)
    .map((reason) => t(`ui.search.skipReason.${reason}`, { count: outcome.skipped[reason] }))
    .join(', ');
  return `${done} ${t('ui.search.notCoded', { count: notCoded, reasons })}`;
}
