import { PROJECT_LEVELS, type ProjectAttribute, type ProjectInput, type ProjectLevel } from './project';
import { formatSwedishNumber, parseSwedishNumber } from '../base/swedishNumber';
import { isIsoDate } from '../base/isoDate';
import { isOneOf } from '../base/guards';
import { splitList, type FieldErrors, type FormResult } from './formErrors';

/** What the project form edits: every field as the user typed it. */
export interface ProjectFormValues {
  name: string;
  code: string;
  owner: string;
  manager: string;
  municipalities: string;
  county: string;
  level: string;
  theme: string;
  startDate: string;
  endDate: string;
  budgetSek: string;
  attributes: ProjectAttribute[];
}

export type ProjectField = Exclude<keyof ProjectFormValues, 'attributes'> | `attribute${number}`;

export const MAX_TEXT_FIELD = 500;

export function projectToFormValues(project: ProjectInput): ProjectFormValues {
  return {
    name: project.name,
    code: project.code,
    owner: project.owner,
    manager: project.manager,
    municipalities: project.municipalities.join(', '),
    county: project.county,
    level: project.level ?? '',
    theme: project.theme,
    startDate: project.startDate ?? '',
    endDate: project.endDate ?? '',
    budgetSek: project.budgetSek === null ? '' : formatSwedishNumber(project.budgetSek),
    attributes: project.attributes.map((attribute) => ({ ...attribute })),
  };
}

/** Validates the project form; returns the project or an error code per field. */
export function validateProjectForm(values: ProjectFormValues): FormResult<ProjectInput, ProjectField> {
  const errors: FieldErrors<ProjectField> = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'required';
  for (const field of ['name', 'code', 'owner', 'manager', 'county', 'theme'] as const) {
    if (values[field].length > MAX_TEXT_FIELD) errors[field] = 'tooLong';
  }
  const startDate = values.startDate.trim();
  const endDate = values.endDate.trim();
  if (startDate !== '' && !isIsoDate(startDate)) errors.startDate = 'badDate';
  if (endDate !== '' && !isIsoDate(endDate)) errors.endDate = 'badDate';
  if (!errors.startDate && !errors.endDate && startDate !== '' && endDate !== '' && endDate < startDate) {
    errors.endDate = 'endBeforeStart';
  }
  const budget = parseSwedishNumber(values.budgetSek);
  if (budget !== null && Number.isNaN(budget)) errors.budgetSek = 'notANumber';
  else if (budget !== null && budget < 0) errors.budgetSek = 'negative';
  const rows = values.attributes.map((attribute) => ({ name: attribute.name.trim(), value: attribute.value.trim() }));
  // Errors are keyed by the row index the form shows, so they are numbered before empty rows are dropped.
  rows.forEach((attribute, index) => {
    if (attribute.name === '' && attribute.value !== '') errors[`attribute${index}`] = 'required';
  });
  const attributes = rows.filter((attribute) => attribute.name !== '' || attribute.value !== '');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const level: ProjectLevel | null = isOneOf(PROJECT_LEVELS, values.level) ? values.level : null;
  return {
    ok: true,
    value: {
      name,
      code: values.code.trim(),
      owner: values.owner.trim(),
      manager: values.manager.trim(),
      municipalities: splitList(values.municipalities),
      county: values.county.trim(),
      level,
      theme: values.theme.trim(),
      startDate: startDate === '' ? null : startDate,
      endDate: endDate === '' ? null : endDate,
      budgetSek: budget,
      attributes,
    },
  };
}
