import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../store';

/** Shown instead of a blank window when the local store cannot be opened. */
export function DatabaseErrorScreen({ problem, detail }: { problem: DatabaseProblem | 'upgradedElsewhere'; detail: string }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" role="alert">
      <h1>{t(`ui.dbError.${problem}.title`)}</h1>
      <p>{t(`ui.dbError.${problem}.body`)}</p>
      {detail && <pre className="fatal-detail">{detail}</pre>}
      <button type="button" onClick={() => window.location.reload()}>
        {t('ui.dbError.retry')}
      </button>
    </main>
  );
}
