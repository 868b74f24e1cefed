import type { ReportSectionId, ReportSectionSetting } from '../domain/reportSettings';

/** The sections with one moved up (-1) or down (+1) by one place; unchanged when it is already at that end or not there. */
export function moveSection(sections: readonly ReportSectionSetting[], id: ReportSectionId, delta: -1 | 1): ReportSectionSetting[] {
  const from = sections.findIndex((section) => section.id === id);
  const to = from + delta;
  const moved = [...sections];
  if (from === -1 || to < 0 || to >= sections.length) return moved;
  [moved[from], moved[to]] = [moved[to] as ReportSectionSetting, moved[from] as ReportSectionSetting];
  return moved;
}

/** The sections with one switched on or off. */
export function switchSection(sections: readonly ReportSectionSetting[], id: ReportSectionId, enabled: boolean): ReportSectionSetting[] {
  return sections.map((section) => (section.id === id ? { ...section, enabled } : section));
}
