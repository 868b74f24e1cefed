import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, Project } from '../../../shared/domain';

interface Props {
  projectId: Id | null;
  projects: readonly Project[];
  onChange: (projectId: Id | null) => void;
}

/** For a passage in a document of the programme as a whole: the project it is about, or none (the programme). */
export function PassageProjectField({ projectId, projects, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="passage-project">
      <label htmlFor={id} className="judgement-label">
        {t('ui.coding.passageProject')}
      </label>
      <select id={id} value={projectId ?? ''} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{t('ui.coding.passageProjectNone')}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.code.trim() !== '' ? `${project.name} (${project.code})` : project.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted small judgement-hint">
        {t('ui.coding.passageProjectHint')}
      </p>
    </div>
  );
}
