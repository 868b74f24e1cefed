import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showBidiControls } from '../../../shared/base/bidiControls';
import type { ImportItem } from './useImportBatch';
import { ImportWarnings } from './ImportWarnings';
import { importErrorMessage } from './importErrorMessage';

/**
 * A file's state in the import list: waiting, its reading progress, why it could not be read, or what was
 * read (format, pages) with what the evaluator should know before importing it (a name that lies about
 * the format, mixed encodings …).
 */
export function ProgressCell({ item }: { item: ImportItem }) {
  const { t, i18n } = useTranslation();
  if (item.status === 'waiting') return <span className="muted">{t('ui.import.waiting')}</span>;
  if (item.status === 'parsing') {
    return (
      <progress max={1} value={item.progress} aria-label={t('ui.import.readingFile', { name: showBidiControls(item.file.name) })}>
        {Math.round(item.progress * 100)} %
      </progress>
    );
  }
  if (item.status === 'failed' && item.error) {
    return (
      <span className="error-text" role="alert">
        {importErrorMessage(t, i18n.language, showBidiControls(item.file.name), item.file.bytes.byteLength, item.error)}
      </span>
    );
  }
  if (item.parsed) {
    const pages = item.parsed.pageCount === null ? '' : t('ui.import.pages', { count: item.parsed.pageCount });
    return (
      <>
        <span className="muted">{[t(`ui.import.format.${item.parsed.format}`), pages].filter(Boolean).join(' · ')}</span>
        <ImportWarnings warnings={item.parsed.warnings} name={showBidiControls(item.file.name)} />
      </>
    );
  }
  return null;
}

export function PasswordForm({ item, onRetry }: { item: ImportItem; onRetry: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <form
      className="password-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRetry(password);
      }}
    >
      <label>
        {t('ui.import.password', { name: showBidiControls(item.file.name) })}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit">{t('ui.import.unlock')}</button>
    </form>
  );
}
