import { sameRecord } from '../base/sameRecord';
import type { IsoTimestamp } from './ids';
import { MAX_QUOTES_PER_CATEGORY, REPORT_SECTION_IDS, type ReportPerson, type ReportSectionSetting, type ReportSettings } from './reportSettings';

/** What the evaluator may change of the report's settings (all but the evaluation and the time). */
export type ReportSettingsPatch = Partial<Omit<ReportSettings, 'evaluationId' | 'updatedAt'>>;

/** Whether a list of sections names every section of the report exactly once (in any order). */
export function isSectionOrder(sections: readonly ReportSectionSetting[]): boolean {
  const ids = sections.map((s) => s.id);
  return ids.length === REPORT_SECTION_IDS.length && REPORT_SECTION_IDS.every((id) => ids.includes(id));
}

/** The texts after a patch of some of them: the keys given replace theirs, a key given as blank is removed. */
function patchedTexts(texts: Readonly<Record<string, string>>, patch: Readonly<Record<string, string>>): Record<string, string> {
  const next: Record<string, string> = { ...texts };
  for (const [key, text] of Object.entries(patch)) {
    if (text.trim() === '') delete next[key];
    else next[key] = text;
  }
  return next;
}

/** The people with their names and roles trimmed; one without a name is left out. */
function cleanPeople(people: readonly ReportPerson[]): ReportPerson[] {
  return people.map((p) => ({ name: p.name.trim(), role: p.role.trim() })).filter((p) => p.name !== '');
}

/**
 * The report's settings with a patch laid on, or null when it changes nothing. `texts` is merged key by
 * key (a screen that saves one text sends only that key; a blank text removes its key), every other field
 * is replaced. The number of quotes a category takes is rounded into 0..MAX_QUOTES_PER_CATEGORY. Throws
 * RangeError for sections that do not name every section once, or a number that is not one.
 */
export function patchReportSettings(current: ReportSettings, patch: ReportSettingsPatch, now: IsoTimestamp): ReportSettings | null {
  const next: ReportSettings = { ...current };
  if (patch.sections !== undefined) {
    if (!isSectionOrder(patch.sections)) throw new RangeError('The report sections must name every section once');
    next.sections = patch.sections.map(({ id, enabled }) => ({ id, enabled }));
  }
  if (patch.texts !== undefined) next.texts = patchedTexts(current.texts, patch.texts);
  if (patch.quotesPerCategory !== undefined) {
    if (!Number.isFinite(patch.quotesPerCategory)) throw new RangeError('The number of quotes per category must be a number');
    next.quotesPerCategory = Math.min(MAX_QUOTES_PER_CATEGORY, Math.max(0, Math.round(patch.quotesPerCategory)));
  }
  if (patch.people !== undefined) next.people = cleanPeople(patch.people);
  if (patch.reportDate !== undefined) next.reportDate = patch.reportDate;
  if (patch.logo !== undefined) next.logo = patch.logo;
  if (patch.template !== undefined) next.template = patch.template;
  if (patch.anonymise !== undefined) next.anonymise = patch.anonymise;
  if (sameRecord(next, current)) return null;
  return { ...next, updatedAt: now };
}
