import { describe, expect, it } from 'vitest';
import { emptyProjectInput, type Project } from '../../../shared/domain';
import {
  attributeChoices,
  attributeLayout,
  attributeNames,
  distinctLevels,
  distinctValues,
  filterProjects,
  isFiltering,
  NO_PROJECT_FILTER,
  periodParts,
  periodText,
  sortProjects,
} from '../../../shared/domain/projectList';

function project(id: string, extra: Partial<Project>): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', name: id, createdAt: '', updatedAt: '', ...extra };
}

const projects = [
  project('Smart upphandling', { code: 'MB-10', county: 'Jönköpings län', level: 'lokal', theme: 'Innovation', startDate: '2022-09-01', endDate: '2024-08-31', budgetSek: 1_250_000, attributes: [{ name: 'Finansiär', value: 'Regionen' }] }),
  project('Kompetenslyft', { code: 'MB-9', county: 'Kronobergs län', level: 'regional', theme: 'Kompetens', startDate: '2022-06-01', endDate: null, budgetSek: 2_400_000, attributes: [{ name: 'Finansiär', value: 'ESF' }, { name: 'Status', value: 'Pågår' }] }),
  project('Åkeriet', { code: 'MB-2', county: 'Älvsborg', level: null, theme: 'kompetens ', budgetSek: null, attributes: [{ name: 'Finansiär', value: 'esf' }] }),
  project('Besöksnäring', { code: '', county: '', level: 'nationell', theme: '', startDate: '2021-01-01', endDate: '2021-12-31', budgetSek: 300_000, municipalities: ['Eksjö'] }),
];
const names = (list: Project[]) => list.map((p) => p.name);

describe('sortProjects', () => {
  it('sorts in Swedish order (å ä ö after z), with the projects without a value last either way', () => {
    expect(names(sortProjects(projects, { key: 'county', direction: 'ascending' }))).toEqual(['Smart upphandling', 'Kompetenslyft', 'Åkeriet', 'Besöksnäring']);
    expect(names(sortProjects(projects, { key: 'county', direction: 'descending' }))).toEqual(['Åkeriet', 'Kompetenslyft', 'Smart upphandling', 'Besöksnäring']);
    expect(names(sortProjects(projects, { key: 'name', direction: 'ascending' }))).toEqual(['Besöksnäring', 'Kompetenslyft', 'Smart upphandling', 'Åkeriet']);
  });

  it('compares the numbers in codes as numbers, levels in the matrix order, budgets and periods by value', () => {
    expect(names(sortProjects(projects, { key: 'code', direction: 'ascending' }))).toEqual(['Åkeriet', 'Kompetenslyft', 'Smart upphandling', 'Besöksnäring']);
    expect(names(sortProjects(projects, { key: 'level', direction: 'descending' }))).toEqual(['Besöksnäring', 'Kompetenslyft', 'Smart upphandling', 'Åkeriet']);
    expect(names(sortProjects(projects, { key: 'budget', direction: 'ascending' }))).toEqual(['Besöksnäring', 'Smart upphandling', 'Kompetenslyft', 'Åkeriet']);
    expect(names(sortProjects(projects, { key: 'period', direction: 'ascending' }))).toEqual(['Besöksnäring', 'Kompetenslyft', 'Smart upphandling', 'Åkeriet']);
  });

  it('sorts by a free attribute, keeping equal values by name', () => {
    expect(names(sortProjects(projects, { key: 'attribute:Finansiär', direction: 'ascending' }))).toEqual(['Kompetenslyft', 'Åkeriet', 'Smart upphandling', 'Besöksnäring']);
    expect(names(sortProjects(projects, { key: 'attribute:Status', direction: 'descending' }))).toEqual(['Kompetenslyft', 'Besöksnäring', 'Smart upphandling', 'Åkeriet']);
  });

  it('leaves the list it was given as it was', () => {
    const copy = [...projects];
    sortProjects(projects, { key: 'county', direction: 'descending' });
    expect(projects).toEqual(copy);
  });
});

describe('the values to filter by', () => {
  it('lists each value once (whatever its case and spacing) in Swedish order, and says whether some project has none', () => {
    expect(distinctValues(projects, 'theme')).toEqual({ values: ['Innovation', 'Kompetens'], missing: true });
    expect(distinctValues(projects, 'county')).toEqual({ values: ['Jönköpings län', 'Kronobergs län', 'Älvsborg'], missing: true });
    expect(distinctValues(projects, 'attribute:Finansiär')).toEqual({ values: ['ESF', 'Regionen'], missing: true });
    expect(distinctValues(projects.slice(0, 2), 'county')).toEqual({ values: ['Jönköpings län', 'Kronobergs län'], missing: false });
    expect(distinctLevels(projects)).toEqual({ values: ['lokal', 'regional', 'nationell'], missing: true });
    expect(distinctLevels(projects.slice(0, 1))).toEqual({ values: ['lokal'], missing: false });
  });

  it('names the free attributes in the order they first appear, and lays out more than three in one column', () => {
    expect(attributeNames(projects)).toEqual(['Finansiär', 'Status']);
    expect(attributeLayout(['a', 'b', 'c'])).toBe('columns');
    expect(attributeLayout(['a', 'b', 'c', 'd'])).toBe('compact');
  });

  it('offers a list of values only for attributes whose values repeat and are few', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      project(`P${i}`, { attributes: [{ name: 'Finansiär', value: ['ESF', 'Regionen', 'Kommunen'][i % 3] ?? '' }, { name: 'Deltagare', value: String(i * 7) }, { name: 'Ort', value: `Ort ${i % 15}` }] }),
    );
    expect(attributeChoices(many).map((a) => a.name)).toEqual(['Finansiär']);
    expect(attributeChoices(many)[0]).toEqual({ name: 'Finansiär', values: ['ESF', 'Kommunen', 'Regionen'], missing: false });
    expect(attributeChoices(projects)).toEqual([{ name: 'Finansiär', values: ['ESF', 'Regionen'], missing: true }]);
  });
});

describe('filterProjects', () => {
  it('keeps everything without a filter', () => {
    expect(filterProjects(projects, NO_PROJECT_FILTER)).toHaveLength(4);
    expect(isFiltering(NO_PROJECT_FILTER)).toBe(false);
  });

  it('filters by theme, county and level, ignoring case and spacing, and by a missing value', () => {
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, theme: 'Kompetens' }))).toEqual(['Kompetenslyft', 'Åkeriet']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, theme: '' }))).toEqual(['Besöksnäring']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, theme: 'Kompetens', county: 'älvsborg' }))).toEqual(['Åkeriet']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, level: 'regional' }))).toEqual(['Kompetenslyft']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, level: '' }))).toEqual(['Åkeriet']);
    expect(isFiltering({ ...NO_PROJECT_FILTER, level: '' })).toBe(true);
  });

  it('filters by free attributes, all of them at once', () => {
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, attributes: { Finansiär: 'ESF' } }))).toEqual(['Kompetenslyft', 'Åkeriet']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, attributes: { Finansiär: 'ESF', Status: '' } }))).toEqual(['Åkeriet']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, attributes: { Finansiär: null } }))).toHaveLength(4);
    expect(isFiltering({ ...NO_PROJECT_FILTER, attributes: { Finansiär: null } })).toBe(false);
  });

  it('finds every word of the text search in the project’s fields and attribute values', () => {
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, text: 'eksjö' }))).toEqual(['Besöksnäring']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, text: ' pågår  MB-9 ' }))).toEqual(['Kompetenslyft']);
    expect(names(filterProjects(projects, { ...NO_PROJECT_FILTER, text: 'pågår regionen' }))).toEqual([]);
  });
});

describe('periodText', () => {
  it('writes the start and the end, … for an unknown one, – for none', () => {
    expect(periodText('2022-09-01', '2024-08-31')).toBe('2022-09-01 – 2024-08-31');
    expect(periodText('2022-09-01', null)).toBe('2022-09-01 – …');
    expect(periodText(null, null)).toBe('–');
    expect(periodParts(null, '2024-08-31')).toEqual(['… –', '2024-08-31']);
    expect(periodParts(null, null)).toBeNull();
  });
});
