import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { AppContext } from './services/AppContext';
import { defaultFrameworks } from './services/frameworks';
import { configureHistory } from './services/history';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { browserDeps, createRepositories, DatabaseOpenError, openDatabase, requestPersistentStorage } from './store';
import { currentLanguage, setupI18n } from './services/i18n';
import { detectPlatform } from './platform';
import { DatabaseErrorScreen } from './shell/DatabaseErrorScreen';
import './styles.css';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const platform = detectPlatform();
  let db;
  try {
    db = await openDatabase();
  } catch (error) {
    await setupI18n(navigator.language.startsWith('en') ? 'en' : 'sv');
    const problem = error instanceof DatabaseOpenError ? error.problem : 'unknown';
    root.render(<DatabaseErrorScreen problem={problem} detail={error instanceof Error ? error.message : String(error)} />);
    return;
  }
  const repos = createRepositories(db, browserDeps, defaultFrameworks);
  configureHistory(repos.history);
  const language = (await repos.settings.language().catch(() => null)) ?? 'sv';
  await setupI18n(language);
  platform.setLanguage(language);
  void requestPersistentStorage();
  db.on('versionchange', () => {
    root.render(<DatabaseErrorScreen problem="upgradedElsewhere" detail="" />);
  });
  root.render(
    <StrictMode>
      <ErrorBoundary language={currentLanguage}>
        <AppContext.Provider value={{ repos, platform }}>
          <App />
        </AppContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void boot();
