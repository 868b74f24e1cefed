import { useTranslation } from 'react-i18next';
import type { ProjectFrameworkJudgements, ProjectJudgementRow } from '../../../shared/analysis/projectJudgements';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { routeHref } from '../../services/route';
import { RatingBadge } from '../../ui/RatingBadge';

interface Props {
  evaluationId: string;
  projectId: string;
  framework: ProjectFrameworkJudgements;
}

/**
 * One framework's judgements of a project: the judged criteria with the rating's word (its colour beside
 * it, never alone), the confidence, the evidence linked or the warning that there is none, and the
 * justification; each opens the judgement on Bedömningar. The criteria not yet judged are listed after.
 */
export function ProjectJudgements({ evaluationId, projectId, framework }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const name = t(`framework.${framework.frameworkId}`, { defaultValue: framework.frameworkId });
  const headingId = `project-judgements-${framework.frameworkId}`;
  const judged = framework.rows.filter((row) => row.judgement !== null);
  const unjudged = framework.rows.filter((row) => row.judgement === null);
  const href = (row: ProjectJudgementRow) => routeHref({ name: 'judgements', evaluationId, framework: framework.frameworkId, open: { codeId: row.code.id, subjectKey: projectId } });
  const summary =
    framework.noEvidence > 0
      ? t('ui.projectPage.judgementSummaryNoEvidence', { judged: framework.judged, count: framework.rows.length, noEvidence: framework.noEvidence })
      : t('ui.projectPage.judgementSummary', { judged: framework.judged, count: framework.rows.length });

  return (
    <section className="project-framework" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted small">{summary}</p>
      {judged.length === 0 ? (
        <p className="muted small">{t('ui.projectPage.noJudgements')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table project-judgements">
            <caption className="visually-hidden">{t('ui.projectPage.judgementsCaption', { framework: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.projectPage.criterion')}</th>
                <th scope="col">{t('ui.projectPage.rating')}</th>
                <th scope="col">{t('ui.projectPage.confidence')}</th>
                <th scope="col">{t('ui.projectPage.evidenceLinked')}</th>
                <th scope="col">{t('ui.projectPage.justification')}</th>
              </tr>
            </thead>
            <tbody>
              {judged.map((row) => {
                const criterion = codeLabel(row.code, language);
                const judgement = row.judgement;
                if (judgement === null) return null;
                const rows = judgement.dataCodingIds.length;
                return (
                  <tr key={row.code.id}>
                    <th scope="row">
                      <a href={href(row)} aria-label={t('ui.projectPage.openJudgement', { criterion })}>
                        {criterion}
                      </a>
                    </th>
                    <td>
                      <RatingBadge level={row.level} language={language} unrated={t('ui.judgements.unrated')} />
                    </td>
                    <td>{judgement.confidence ? t(`ui.judgements.confidenceLevel.${judgement.confidence}`) : '–'}</td>
                    <td>
                      {row.noEvidence ? (
                        <span className="no-evidence-warning">{t('ui.judgements.noEvidence')}</span>
                      ) : (
                        <>
                          {t('ui.judgements.quotes', { count: judgement.segmentIds.length })}
                          {rows > 0 && `, ${t('ui.matrix.rows', { count: rows })}`}
                        </>
                      )}
                    </td>
                    <td className="judgement-justification">{judgement.justification}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {unjudged.length > 0 && (
        <details className="without-evidence">
          <summary>{t('ui.projectPage.unjudged', { count: unjudged.length })}</summary>
          <ul>
            {unjudged.map((row) => {
              const criterion = codeLabel(row.code, language);
              return (
                <li key={row.code.id}>
                  <a href={href(row)} aria-label={t('ui.projectPage.judgeNow', { criterion })}>
                    {criterion}
                  </a>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
