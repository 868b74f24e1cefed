import { useTranslation } from 'react-i18next';
import type { CodeEvidence, FrameworkEvidence } from '../../../shared/analysis/projectEvidence';
import type { Code } from '../../../shared/domain';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { routeHref } from '../../services/route';
import { DirectionBar, StrengthBar } from '../../ui/EvidenceMix';

/** "2 citat", "2 citat, 1 tabellrad": passages always, rows when there are any. */
function evidenceText(t: ReturnType<typeof useTranslation>['t'], counts: { passages: number; rows: number }): string {
  const passages = t('ui.matrix.passages', { count: counts.passages });
  return counts.rows > 0 ? `${passages}, ${t('ui.matrix.rows', { count: counts.rows })}` : passages;
}

interface Props {
  evaluationId: string;
  projectId: string;
  framework: FrameworkEvidence;
  /** Every code of the evaluation, for the path above a code. */
  codesById: ReadonlyMap<string, Code>;
}

/** One framework's evidence in one project: the codes with evidence in a table, the others listed after it. */
export function FrameworkEvidenceTable({ evaluationId, projectId, framework, codesById }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const name = t(`framework.${framework.frameworkId ?? 'own'}`, { defaultValue: framework.frameworkId ?? '' });
  const headingId = `project-framework-${framework.frameworkId ?? 'own'}`;
  const pathOf = (code: Code): string => {
    const labels: string[] = [];
    const seen = new Set([code.id]);
    let parent = code.parentId === null ? undefined : codesById.get(code.parentId);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      labels.unshift(codeLabel(parent, language));
      parent = parent.parentId === null ? undefined : codesById.get(parent.parentId);
    }
    return labels.join(t('ui.codebookEditor.pathSeparator'));
  };
  const named = (code: Code) => {
    const path = pathOf(code);
    return path === '' ? codeLabel(code, language) : `${codeLabel(code, language)} (${path})`;
  };
  const withEvidence = framework.codes.filter((c) => c.passages > 0 || c.rows > 0);
  const href = (entry: CodeEvidence) => routeHref({ name: 'code', evaluationId, codeId: entry.code.id, projectId });
  const countLink = (entry: CodeEvidence, count: number, kind: 'passages' | 'rows') =>
    count === 0 ? (
      <span className="muted">0</span>
    ) : (
      <a href={href(entry)} aria-label={t('ui.projectPage.showQuotes', { evidence: t(`ui.matrix.${kind}`, { count }), code: named(entry.code) })}>
        {count}
      </a>
    );

  return (
    <section className="project-framework" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted small">
        {t('ui.projectPage.frameworkSummary', { evidence: evidenceText(t, framework), without: framework.withoutEvidence.length, count: framework.codable })}
      </p>
      {withEvidence.length > 0 && (
        <div className="table-scroll">
          <table className="table compact-table">
            <caption className="visually-hidden">{t('ui.projectPage.evidenceCaption', { framework: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.projectPage.code')}</th>
                <th scope="col" className="numeric">
                  {t('ui.projectPage.passages')}
                </th>
                <th scope="col" className="numeric">
                  {t('ui.projectPage.rows')}
                </th>
                <th scope="col">{t('ui.projectPage.mix')}</th>
              </tr>
            </thead>
            <tbody>
              {withEvidence.map((entry) => (
                <tr key={entry.code.id}>
                  <th scope="row">
                    <span className="code-path">{pathOf(entry.code)}</span>
                    {codeLabel(entry.code, language)}
                  </th>
                  <td className="numeric">{countLink(entry, entry.passages, 'passages')}</td>
                  <td className="numeric">{countLink(entry, entry.rows, 'rows')}</td>
                  <td>
                    <StrengthBar mix={entry.strength} />
                    <DirectionBar mix={entry.direction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {framework.withoutEvidence.length > 0 && (
        <details className="without-evidence">
          <summary>{t('ui.projectPage.withoutEvidence', { count: framework.withoutEvidence.length })}</summary>
          <ul>
            {framework.withoutEvidence.map((code) => (
              <li key={code.id}>
                {named(code)} <span className="muted small">– {t('ui.projectPage.noEvidence')}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
