import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispatchCommand } from '../services/commands';
import { useServices } from '../services/AppContext';
import { useEvaluation } from '../store';
import { NotifyProvider } from '../ui/notify';
import { useUndoKeys } from './useUndoKeys';
import { useLeaveGuard } from './useLeaveGuard';
import { InterruptedImportNotice } from '../features/documents/InterruptedImportNotice';
import { useHistoryState } from '../services/history';
import { navigate, routeHref, useRoute, type Route } from '../services/route';
import { AboutDialog } from './AboutDialog';
import { BackupNotice } from './BackupNotice';
import { OpenRefusedNotice } from './OpenRefusedNotice';
import { BackupProvider, useAppBackupScheduler } from '../services/backups';
import { DatasetScreen } from '../features/datasets/DatasetScreen';
import { DatasetsScreen } from '../features/datasets/DatasetsScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { EvaluationsScreen } from '../features/evaluations/EvaluationsScreen';
import { CodebookScreen } from '../features/codebook/CodebookScreen';
import { MatrixScreen } from '../features/matrix/MatrixScreen';
import { JudgementsScreen } from '../features/judgements/JudgementsScreen';
import { FindingsScreen } from '../features/findings/FindingsScreen';
import { AnalysisScreen } from '../features/analysis/AnalysisScreen';
import { AgreementScreen } from '../features/agreement/AgreementScreen';
import { OverviewScreen } from '../features/evaluations/OverviewScreen';
import { ProjectScreen } from '../features/projects/ProjectScreen';
import { ProjectsScreen } from '../features/projects/ProjectsScreen';
import { ReaderScreen } from '../features/reader/ReaderScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { CodeQuotesScreen } from '../features/codebook/CodeQuotesScreen';
import { AuditLogScreen } from '../features/audit/AuditLogScreen';
import { ReportScreen } from '../features/report/ReportScreen';

function evaluationIdOf(route: Route): string | null {
  return 'evaluationId' in route ? route.evaluationId : null;
}

/**
 * Undo and redo by keyboard, menu and two buttons, for the open evaluation (inside the notifier, which
 * reports them). The buttons name the step they take back or do again.
 */
function HistoryControls({ evaluationId }: { evaluationId: string | null }) {
  const { t } = useTranslation();
  const run = useUndoKeys(evaluationId);
  const state = useHistoryState(evaluationId);
  if (!evaluationId) return null;
  const named = (key: 'undoNamed' | 'redoNamed', action: string | null) => (action ? t(`ui.history.${key}`, { action: t(`ui.audit.action.${action}`) }) : undefined);
  return (
    <div className="history-controls">
      <button type="button" className="link-button" disabled={!state.canUndo} title={named('undoNamed', state.nextUndo)} onClick={() => run('undo')}>
        {t('ui.history.undo')}
      </button>
      <button type="button" className="link-button" disabled={!state.canRedo} title={named('redoNamed', state.nextRedo)} onClick={() => run('redo')}>
        {t('ui.history.redo')}
      </button>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'evaluations':
      return <EvaluationsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'overview':
      return <OverviewScreen evaluationId={route.evaluationId} />;
    case 'projects':
      return <ProjectsScreen evaluationId={route.evaluationId} />;
    case 'documents':
      return <DocumentsScreen evaluationId={route.evaluationId} />;
    case 'reader':
      return <ReaderScreen evaluationId={route.evaluationId} documentId={route.documentId} segmentId={route.segmentId ?? null} at={route.at ?? null} />;
    case 'search':
      return <SearchScreen evaluationId={route.evaluationId} />;
    case 'code':
      return <CodeQuotesScreen evaluationId={route.evaluationId} codeId={route.codeId} />;
    case 'audit':
      return <AuditLogScreen evaluationId={route.evaluationId} />;
    case 'codebook':
      return <CodebookScreen evaluationId={route.evaluationId} />;
    case 'matrix':
      return <MatrixScreen evaluationId={route.evaluationId} />;
    case 'judgements':
      return <JudgementsScreen evaluationId={route.evaluationId} />;
    case 'findings':
      return <FindingsScreen key={route.judgementId ?? ''} evaluationId={route.evaluationId} judgementId={route.judgementId ?? null} />;
    case 'analysis':
      return <AnalysisScreen evaluationId={route.evaluationId} />;
    case 'agreement':
      return <AgreementScreen evaluationId={route.evaluationId} />;
    case 'datasets':
      return <DatasetsScreen evaluationId={route.evaluationId} />;
    case 'dataset':
      return <DatasetScreen evaluationId={route.evaluationId} datasetId={route.datasetId} />;
    case 'project':
      return <ProjectScreen evaluationId={route.evaluationId} projectId={route.projectId} />;
    case 'report':
      return <ReportScreen evaluationId={route.evaluationId} />;
  }
}

/** The window: a left navigation and the current screen. */
export function App() {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const route = useRoute();
  const evaluationId = evaluationIdOf(route);
  const evaluation = useEvaluation(repos, evaluationId);
  const [aboutOpen, setAboutOpen] = useState(false);
  const backups = useAppBackupScheduler(repos, platform);
  // The evaluation backed up: the one on screen; undefined keeps the last (Settings; an evaluation still
  // loading, whose record may be the previous screen's for a moment).
  const openForBackups = route.name === 'settings' || (evaluationId !== null && !evaluation) ? undefined : evaluationId;
  useLeaveGuard();

  useEffect(() => {
    if (evaluationId) void repos.evaluations.markOpened(evaluationId);
  }, [evaluationId, repos]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'about') return setAboutOpen(true);
        if (command === 'settings') return navigate({ name: 'settings' });
        if (command === 'open-evaluation') return navigate({ name: 'evaluations' });
        if (command === 'open-evaluation-file') navigate({ name: 'evaluations' });
        // Saving and merging need an open evaluation; without one the command would wait for the next overview.
        if (command === 'save-evaluation-file' || command === 'merge-evaluation-file') {
          if (!evaluationId) return;
          navigate({ name: 'overview', evaluationId });
        }
        if (command === 'new-evaluation' || command === 'open-demo') navigate({ name: 'evaluations' });
        if (command === 'import-document' && evaluationId) navigate({ name: 'documents', evaluationId });
        // The report is made on its screen (one way to make it): the menu opens it.
        if (command === 'export-report') return evaluationId ? navigate({ name: 'report', evaluationId }) : undefined;
        dispatchCommand(command);
      }),
    [platform, evaluationId],
  );

  useEffect(() => {
    const base = t('app.name');
    document.title = evaluation ? `${evaluation.title} – ${base}` : base;
  }, [evaluation, t]);

  // A screen below a list (a dataset, a project) keeps its list's link marked.
  const section = route.name === 'dataset' ? 'datasets' : route.name === 'project' ? 'projects' : route.name === 'code' ? 'codebook' : route.name;
  const link = (target: Route, label: string) => (
    <a href={routeHref(target)} aria-current={section === target.name ? 'page' : undefined} className="nav-link">
      {label}
    </a>
  );

  return (
    <NotifyProvider>
      <BackupProvider scheduler={backups} evaluationId={openForBackups}>
        <div className="shell">
          <nav className="sidebar" aria-label={t('ui.nav.label')}>
            <a className="brand" href="#/">
              <img src="./favicon.svg" alt="" width={28} height={28} />
              <span>{t('app.name')}</span>
            </a>
            {link({ name: 'evaluations' }, t('ui.nav.evaluations'))}
            {evaluationId && evaluation && (
              <div className="nav-group">
                <p className="nav-group-title" title={evaluation.title}>
                  {evaluation.title}
                </p>
                {link({ name: 'overview', evaluationId }, t('ui.nav.overview'))}
                {link({ name: 'projects', evaluationId }, t('ui.nav.projects'))}
                {link({ name: 'documents', evaluationId }, t('ui.nav.documents'))}
                {link({ name: 'datasets', evaluationId }, t('ui.datasets.nav'))}
                {link({ name: 'search', evaluationId }, t('ui.search.nav'))}
                {link({ name: 'codebook', evaluationId }, t('ui.nav.codebook'))}
                {link({ name: 'matrix', evaluationId }, t('ui.nav.matrix'))}
                {link({ name: 'judgements', evaluationId }, t('ui.judgements.nav'))}
                {link({ name: 'findings', evaluationId }, t('ui.findings.nav'))}
                {link({ name: 'report', evaluationId }, t('ui.report.nav'))}
                {link({ name: 'analysis', evaluationId }, t('ui.analysis.nav'))}
                {link({ name: 'agreement', evaluationId }, t('ui.agreement.nav'))}
                {link({ name: 'audit', evaluationId }, t('ui.nav.audit'))}
              </div>
            )}
            <HistoryControls evaluationId={evaluationId && evaluation ? evaluationId : null} />
            <div className="nav-bottom">
              {link({ name: 'settings' }, t('ui.nav.settings'))}
              <button type="button" className="link-button nav-link" onClick={() => setAboutOpen(true)}>
                {t('ui.nav.about')}
              </button>
            </div>
          </nav>
          <main className="content" id="main">
            <BackupNotice />
            <InterruptedImportNotice />
            {evaluationId && evaluation === null ? <p>{t('ui.common.notFound')}</p> : <Screen route={route} />}
          </main>
        </div>
        {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
        <OpenRefusedNotice />
      </BackupProvider>
    </NotifyProvider>
  );
}
