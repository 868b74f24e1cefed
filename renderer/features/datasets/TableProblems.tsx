import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableProblem } from '../../../shared/ingest/tables/tableTypes';

const SHOWN = 50;

/** One problem in words, from the `tableProblem.*` catalog keys, with the line it is on. */
export function useProblemText() {
  const { t, i18n } = useTranslation();
  return (problem: TableProblem): string => {
    const values: Record<string, string | number> = { line: problem.line ?? '', ...problem.values };
    if (typeof values.type === 'string' && i18n.exists(`ui.columnType.${values.type}`)) values.type = t(`ui.columnType.${values.type}`);
    const key = `tableProblem.${problem.code}`;
    const text = i18n.exists(key) ? t(key, values) : t('ui.datasets.problemUnknown', { code: problem.code });
    if (problem.line !== null && problem.code !== 'preambleSkipped' && !text.includes(String(problem.line))) return t('ui.datasets.problemOnLine', { line: problem.line, text });
    return text;
  };
}

/** The problems found while reading, in words; long lists are cut with a count of the rest. */
export const TableProblems = memo(function TableProblems({ problems }: { problems: readonly TableProblem[] }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <div className="dataset-problems">
      <h3 id="dataset-problems-heading">{t('ui.datasets.problemsHeading', { count: problems.length })}</h3>
      <ul aria-labelledby="dataset-problems-heading">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>{text(problem)}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="muted small">{t('ui.datasets.problemsMore', { count: problems.length - SHOWN })}</p>}
    </div>
  );
});
