import { describe, expect, it } from 'vitest';
import { defaultReportSettings } from '../../../shared/domain/reportSettings';
import { moveSection, switchSection } from '../../../shared/report/sectionOrder';

const sections = defaultReportSettings('e1', '2026-12-07T10:00:00.000Z').sections;
const ids = (list: typeof sections) => list.map((s) => s.id);

describe('moveSection and switchSection', () => {
  it('moves a section one place up or down and leaves the others in order', () => {
    expect(ids(moveSection(sections, 'method', -1)).slice(2, 6)).toEqual(['summary', 'method', 'introduction', 'results']);
    expect(ids(moveSection(sections, 'summary', 1)).slice(2, 5)).toEqual(['introduction', 'summary', 'method']);
  });

  it('leaves the order as it is at either end or for a section not there', () => {
    expect(ids(moveSection(sections, 'titlePage', -1))).toEqual(ids(sections));
    expect(ids(moveSection(sections, 'appendices', 1))).toEqual(ids(sections));
    expect(ids(moveSection(sections.slice(1), 'titlePage', 1))).toEqual(ids(sections.slice(1)));
  });

  it('switches one section off without touching the rest or the input', () => {
    const off = switchSection(sections, 'method', false);
    expect(off.filter((s) => !s.enabled).map((s) => s.id)).toEqual(['method']);
    expect(sections.every((s) => s.enabled)).toBe(true);
  });
});
