import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import type { UnmatchedKey } from '../../store';

interface Props {
  keys: readonly UnmatchedKey[];
  projects: readonly Project[];
  onMatch: (key: string, projectId: string) => Promise<void>;
}

function KeyRow({ entry, projects, onMatch }: { entry: UnmatchedKey; projects: readonly Project[]; onMatch: Props['onMatch'] }) {
  const { t } = useTranslation();
  const [projectId, setProjectId] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <li className="unmatched-key">
      <div>
        <span className="key-text">{entry.key}</span> <span className="muted small">{t('ui.datasets.keyRows', { count: entry.rows })}</span>
      </div>
      <div className="unmatched-controls">
        <select aria-label={t('ui.datasets.projectForKey', { key: entry.key })} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
          <option value="">{t('ui.datasets.chooseProject')}</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.code ? `${project.name} (${project.code})` : project.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label={t('ui.datasets.matchNamed', { key: entry.key })}
          disabled={projectId === '' || busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onMatch(entry.key, projectId);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('ui.datasets.match')}
        </button>
      </div>
    </li>
  );
}

/** Keys that name no project, each with a project to choose and "Match"; remembered for later tables. */
export function UnmatchedKeys({ keys, projects, onMatch }: Props) {
  const { t } = useTranslation();
  return (
    <section className="side-panel" aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading">{t('ui.datasets.unmatchedHeading', { count: keys.length })}</h2>
      {keys.length === 0 ? (
        <p className="muted small">{t('ui.datasets.allMatched')}</p>
      ) : (
        <>
          <p className="muted small">{t('ui.datasets.unmatchedHint')}</p>
          <ul className="unmatched-list" aria-labelledby="unmatched-heading">
            {keys.map((entry) => (
              <KeyRow key={entry.key} entry={entry} projects={projects} onMatch={onMatch} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
