import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPerson } from '../../../shared/domain/reportSettings';
import type { ReportSettingsEdit } from './useReportSettingsEdit';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** The names the report replaces in quotes by a role: a table of name and role, each removable, and a row to add one. */
export function PeopleList({ people, disabled, edit }: { people: readonly ReportPerson[]; disabled: boolean; edit: ReportSettingsEdit }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [problem, setProblem] = useState(false);
  const add = async () => {
    const person = { name: name.trim(), role: role.trim() };
    if (!person.name || !person.role) return setProblem(true);
    setProblem(false);
    await edit({ people: [...people.filter((p) => p.name !== person.name), person] }, t('ui.report.log.people'));
    setName('');
    setRole('');
  };
  return (
    <div className="report-people">
      <h3 id="report-people">{t('ui.report.quotes.people')}</h3>
      {people.length === 0 ? (
        <p className="muted">{t('ui.report.quotes.noPeople')}</p>
      ) : (
        <table className="report-people-table" aria-labelledby="report-people">
          <thead>
            <tr>
              <th scope="col">{t('ui.report.quotes.name')}</th>
              <th scope="col">{t('ui.report.quotes.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ui.common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.name}>
                <td>{person.name}</td>
                <td>{person.role}</td>
                <td>
                  <button type="button" className="link-button" aria-label={t('ui.report.quotes.remove', { name: person.name })} onClick={() => void edit({ people: people.filter((p) => p !== person) }, t('ui.report.log.people'))}>
                    {t('ui.report.quotes.removeShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="report-person-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          {t('ui.report.quotes.name')}
          <input value={name} disabled={disabled} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('ui.report.quotes.role')}
          <input value={role} disabled={disabled} onChange={(event) => setRole(event.target.value)} />
        </label>
        <button type="submit" disabled={disabled}>
          {t('ui.report.quotes.add')}
        </button>
      </form>
      <ProblemAlert problem={problem && t('ui.report.quotes.nameRequired')} />
    </div>
  );
}
