import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import {
  attributeChoices,
  distinctLevels,
  distinctValues,
  isFiltering,
  NO_PROJECT_FILTER,
  valueKey,
  type FilterChoice,
  type ProjectFilter,
} from '../../../shared/domain/projectList';
import { PROJECT_LEVELS } from '../../../shared/domain/project';

/** A choice as a select's value: any value, no value, or `v:` and the value. */
function optionValue(choice: FilterChoice): string {
  return choice === null ? 'any' : choice === '' ? 'none' : `v:${choice}`;
}

function choiceOf(value: string): FilterChoice {
  return value === 'any' ? null : value === 'none' ? '' : value.slice(2);
}

function ChoiceSelect({ label, choice, values, missing, valueLabel, onChange }: {
  label: string;
  choice: FilterChoice;
  values: readonly string[];
  missing: boolean;
  valueLabel?: (value: string) => string;
  onChange: (choice: FilterChoice) => void;
}) {
  const { t } = useTranslation();
  // A value chosen before the projects changed stays listed, so the select shows what filters the list.
  const same = choice ? values.find((value) => valueKey(value) === valueKey(choice)) : undefined;
  const listed = choice && same === undefined ? [...values, choice] : values;
  const selected = same ?? choice;
  return (
    <label>
      {label}
      <select value={optionValue(selected)} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(choiceOf(e.target.value))}>
        <option value="any">{t('ui.projects.all')}</option>
        {listed.map((value) => (
          <option key={value} value={optionValue(value)}>
            {valueLabel ? valueLabel(value) : value}
          </option>
        ))}
        {(missing || choice === '') && <option value="none">{t('ui.projects.missing')}</option>}
      </select>
    </label>
  );
}

/**
 * The filters of the project list: level, theme, county, each free attribute with few repeated values, and
 * words to find; a field no project has is left out. Shows how many projects pass.
 */
export function ProjectFilters({ projects, filter, onChange, shown }: { projects: readonly Project[]; filter: ProjectFilter; onChange: (filter: ProjectFilter) => void; shown: number }) {
  const { t } = useTranslation();
  const levels = distinctLevels(projects);
  const themes = distinctValues(projects, 'theme');
  const counties = distinctValues(projects, 'county');
  const choices = attributeChoices(projects);
  // An attribute filtered by before the projects changed keeps its select while it filters.
  const kept = Object.entries(filter.attributes)
    .filter(([name, choice]) => choice !== null && !choices.some((c) => c.name === name))
    .map(([name]) => ({ name, ...distinctValues(projects, `attribute:${name}`) }));
  const attributes = [...choices, ...kept];
  const isLevel = (value: string): value is (typeof PROJECT_LEVELS)[number] => (PROJECT_LEVELS as readonly string[]).includes(value);
  return (
    <div className="filters" role="group" aria-label={t('ui.projects.filters')}>
      {levels.values.length > 0 && (
        <ChoiceSelect
          label={t('ui.project.level')}
          choice={filter.level}
          values={levels.values}
          missing={levels.missing}
          valueLabel={(value) => (isLevel(value) ? t(`levelShort.${value}`) : value)}
          onChange={(choice) => onChange({ ...filter, level: choice === null || choice === '' ? choice : isLevel(choice) ? choice : null })}
        />
      )}
      {themes.values.length > 0 && <ChoiceSelect label={t('ui.project.theme')} choice={filter.theme} values={themes.values} missing={themes.missing} onChange={(theme) => onChange({ ...filter, theme })} />}
      {counties.values.length > 0 && (
        <ChoiceSelect label={t('ui.project.county')} choice={filter.county} values={counties.values} missing={counties.missing} onChange={(county) => onChange({ ...filter, county })} />
      )}
      {attributes.map(({ name, values, missing }) => (
        <ChoiceSelect
          key={name}
          label={name}
          choice={filter.attributes[name] ?? null}
          values={values}
          missing={missing}
          onChange={(choice) => onChange({ ...filter, attributes: { ...filter.attributes, [name]: choice } })}
        />
      ))}
      <label>
        {t('ui.projects.search')}
        <input type="search" value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      </label>
      {isFiltering(filter) && (
        <button type="button" onClick={() => onChange(NO_PROJECT_FILTER)}>
          {t('ui.projects.clearFilters')}
        </button>
      )}
      <span className="muted small" aria-live="polite">
        {t('ui.projects.shown', { shown, count: projects.length })}
      </span>
    </div>
  );
}
