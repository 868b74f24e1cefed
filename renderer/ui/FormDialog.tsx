import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { errorDetail } from './errorDetail';

interface FormDialogProps<T> {
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** Checks the form (showing its inline errors); returns the value to submit, or null. */
  validate: () => T | null;
  onSubmit: (value: T) => Promise<void>;
  children: ReactNode;
  wide?: boolean;
  /** Shown above the buttons: for example the fields changed in another window meanwhile. */
  notice?: ReactNode;
}

/** A dialog with a form: validates inline, submits, and says so if saving fails (nothing is changed). */
export function FormDialog<T>({ title, submitLabel, onClose, validate, onSubmit, children, wide = false, notice }: FormDialogProps<T>) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const value = validate();
          if (value === null) return;
          setBusy(true);
          try {
            await onSubmit(value);
          } catch (e) {
            setFailure(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
          }
          // Still open after saving when the form asks first (a field changed in another window).
          setBusy(false);
        }}
      >
        {children}
        {notice}
        {failure && (
          <p role="alert" className="error-text">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
