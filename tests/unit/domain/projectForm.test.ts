import { describe, expect, it } from 'vitest';
import { emptyProjectInput, type ProjectInput } from '../../../shared/domain/project';
import { MAX_TEXT_FIELD, projectToFormValues, validateProjectForm, type ProjectFormValues } from '../../../shared/domain/projectForm';
import { splitList } from '../../../shared/domain/formErrors';

function form(overrides: Partial<ProjectFormValues> = {}): ProjectFormValues {
  return { ...projectToFormValues({ ...emptyProjectInput(), name: 'Smart upphandling på Höglandet' }), ...overrides };
}

function valid(values: ProjectFormValues): ProjectInput {
  const result = validateProjectForm(values);
  if (!result.ok) throw new Error(`expected a valid form, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errors(values: ProjectFormValues): Record<string, string> {
  const result = validateProjectForm(values);
  if (result.ok) throw new Error('expected errors');
  return result.errors as Record<string, string>;
}

const FULL: ProjectInput = {
  name: 'Smart upphandling på Höglandet',
  code: 'MB-2022-03',
  owner: 'Eksjö kommun, näringslivsenheten',
  manager: 'Linnea Borg',
  municipalities: ['Eksjö', 'Nässjö', 'Aneby', 'Sävsjö'],
  county: 'Jönköpings län',
  level: 'lokal',
  theme: 'Offentlig upphandling',
  startDate: '2022-09-01',
  endDate: '2024-08-31',
  budgetSek: 1250000.5,
  attributes: [
    { name: 'Finansiär', value: 'Tillväxtverket 50 %' },
    { name: 'Styrgrupp', value: '' },
  ],
};

describe('validateProjectForm', () => {
  it('requires a name', () => {
    expect(errors(form({ name: '' }))).toEqual({ name: 'required' });
    expect(errors(form({ name: '   \t' }))).toEqual({ name: 'required' });
  });

  it('accepts a minimal form and fills the rest with empty values', () => {
    expect(valid(form())).toEqual({ ...emptyProjectInput(), name: 'Smart upphandling på Höglandet' });
  });

  it('trims text fields', () => {
    const value = valid(form({ name: '  Namn  ', code: ' K-1 ', owner: ' Ägare ', manager: ' Ledare ', county: ' Län ', theme: ' Tema ' }));
    expect(value).toMatchObject({ name: 'Namn', code: 'K-1', owner: 'Ägare', manager: 'Ledare', county: 'Län', theme: 'Tema' });
  });

  it('rejects text fields longer than MAX_TEXT_FIELD', () => {
    const long = 'x'.repeat(MAX_TEXT_FIELD + 1);
    expect(errors(form({ name: long, owner: long, theme: long }))).toEqual({ name: 'tooLong', owner: 'tooLong', theme: 'tooLong' });
    expect(valid(form({ owner: 'x'.repeat(MAX_TEXT_FIELD) })).owner).toHaveLength(MAX_TEXT_FIELD);
  });

  it('flags an end date before the start date on endDate', () => {
    expect(errors(form({ startDate: '2024-01-01', endDate: '2023-12-31' }))).toEqual({ endDate: 'endBeforeStart' });
  });

  it('accepts the same start and end date, and dates with surrounding spaces', () => {
    expect(valid(form({ startDate: '2024-01-01', endDate: '2024-01-01' }))).toMatchObject({ startDate: '2024-01-01', endDate: '2024-01-01' });
    expect(valid(form({ startDate: ' 2022-09-01 ' })).startDate).toBe('2022-09-01');
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    expect(errors(form({ startDate: '2023-02-30' }))).toEqual({ startDate: 'badDate' });
    expect(errors(form({ endDate: '31/12/2024' }))).toEqual({ endDate: 'badDate' });
    // A bad date is reported as such, not also as an ordering problem.
    expect(errors(form({ startDate: '2024-13-01', endDate: '2023-01-01' }))).toEqual({ startDate: 'badDate' });
  });

  it('leaves empty dates as null', () => {
    const value = valid(form({ startDate: '', endDate: '  ' }));
    expect(value.startDate).toBeNull();
    expect(value.endDate).toBeNull();
  });

  it.each([
    ['1 250 000', 1250000],
    ['1\u00a0250\u00a0000', 1250000],
    ['12,5', 12.5],
    ['1250000.5', 1250000.5],
    ['0', 0],
    ['', null],
  ])('reads the budget %j as %j', (budgetSek, expected) => {
    expect(valid(form({ budgetSek })).budgetSek).toBe(expected);
  });

  it('rejects a negative budget and one that is not a number', () => {
    expect(errors(form({ budgetSek: '-5' }))).toEqual({ budgetSek: 'negative' });
    expect(errors(form({ budgetSek: '\u22122 500' }))).toEqual({ budgetSek: 'negative' });
    expect(errors(form({ budgetSek: 'en miljon' }))).toEqual({ budgetSek: 'notANumber' });
    expect(errors(form({ budgetSek: '1 25 000' }))).toEqual({ budgetSek: 'notANumber' });
    expect(errors(form({ budgetSek: '1,234.50' }))).toEqual({ budgetSek: 'notANumber' });
  });

  it('splits municipalities on commas, semicolons and new lines', () => {
    expect(valid(form({ municipalities: 'Ludvika, Smedjebacken; Borlänge\nFalun\r\n Säter ,, ;' })).municipalities).toEqual([
      'Ludvika',
      'Smedjebacken',
      'Borlänge',
      'Falun',
      'Säter',
    ]);
    expect(valid(form({ municipalities: ' , ; \n' })).municipalities).toEqual([]);
  });

  it('keeps a known level and drops an unknown one', () => {
    expect(valid(form({ level: 'regional' })).level).toBe('regional');
    expect(valid(form({ level: '' })).level).toBeNull();
    expect(valid(form({ level: 'kommunal' })).level).toBeNull();
  });

  it('trims attributes and drops fully empty rows', () => {
    const value = valid(
      form({
        attributes: [
          { name: ' Finansiär ', value: ' Tillväxtverket ' },
          { name: '', value: '' },
          { name: '  ', value: ' ' },
          { name: 'Styrgrupp', value: '' },
        ],
      }),
    );
    expect(value.attributes).toEqual([
      { name: 'Finansiär', value: 'Tillväxtverket' },
      { name: 'Styrgrupp', value: '' },
    ]);
  });

  it('flags an attribute with a value but no name by its row', () => {
    expect(errors(form({ attributes: [{ name: '', value: 'Tillväxtverket' }] }))).toEqual({ attribute0: 'required' });
    expect(
      errors(
        form({
          attributes: [
            { name: 'Finansiär', value: 'x' },
            { name: ' ', value: 'y' },
            { name: 'Ok', value: 'z' },
            { name: '', value: 'w' },
          ],
        }),
      ),
    ).toEqual({ attribute1: 'required', attribute3: 'required' });
  });

  it('numbers attribute errors by the rows the form shows, empty rows included', () => {
    // The form renders errors[`attribute${index}`] next to values.attributes[index].
    expect(
      errors(
        form({
          attributes: [
            { name: '', value: '' },
            { name: '', value: 'utan namn' },
          ],
        }),
      ),
    ).toEqual({ attribute1: 'required' });
  });

  it('reports every problem at once', () => {
    expect(errors(form({ name: '', startDate: 'igår', budgetSek: '-1', attributes: [{ name: '', value: 'v' }] }))).toEqual({
      name: 'required',
      startDate: 'badDate',
      budgetSek: 'negative',
      attribute0: 'required',
    });
  });
});

describe('projectToFormValues', () => {
  it('writes a project as the form shows it', () => {
    expect(projectToFormValues(FULL)).toEqual({
      name: FULL.name,
      code: 'MB-2022-03',
      owner: FULL.owner,
      manager: 'Linnea Borg',
      municipalities: 'Eksjö, Nässjö, Aneby, Sävsjö',
      county: 'Jönköpings län',
      level: 'lokal',
      theme: 'Offentlig upphandling',
      startDate: '2022-09-01',
      endDate: '2024-08-31',
      budgetSek: '1\u00a0250\u00a0000,5',
      attributes: FULL.attributes,
    });
  });

  it('writes null fields as empty strings', () => {
    const values = projectToFormValues(emptyProjectInput());
    expect(values).toMatchObject({ level: '', startDate: '', endDate: '', budgetSek: '', municipalities: '' });
  });

  it('copies attributes so editing the form does not change the project', () => {
    const values = projectToFormValues(FULL);
    (values.attributes[0] as { name: string }).name = 'Ändrad';
    expect(FULL.attributes[0]?.name).toBe('Finansiär');
  });

  it('round-trips through validateProjectForm', () => {
    expect(valid(projectToFormValues(FULL))).toEqual(FULL);
    expect(valid(projectToFormValues({ ...FULL, budgetSek: null, level: null, startDate: null, endDate: null }))).toEqual({
      ...FULL,
      budgetSek: null,
      level: null,
      startDate: null,
      endDate: null,
    });
    expect(valid(projectToFormValues({ ...FULL, budgetSek: 0.25 })).budgetSek).toBe(0.25);
  });
});

describe('splitList', () => {
  it('splits on , ; and new lines and drops empty parts', () => {
    expect(splitList('Karin Lindqvist, Omar Haddad;Åsa Ek\n')).toEqual(['Karin Lindqvist', 'Omar Haddad', 'Åsa Ek']);
    expect(splitList('')).toEqual([]);
  });
});
