import { Component, type ErrorInfo, type ReactNode } from 'react';
import { catalogFor, translate } from '../../shared/i18n';

interface Props {
  children: ReactNode;
  language: () => 'sv' | 'en';
}

interface State {
  error: Error | null;
}

/** Catches render errors so the window never goes blank; offers a reload. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Spårbar render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const catalog = catalogFor(this.props.language());
    return (
      <main className="fatal" role="alert">
        <h1>{translate(catalog, 'ui.renderError.title')}</h1>
        <p>{translate(catalog, 'ui.renderError.body')}</p>
        <pre className="fatal-detail">{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {translate(catalog, 'ui.renderError.reload')}
        </button>
      </main>
    );
  }
}
