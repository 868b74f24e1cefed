import { useTranslation } from 'react-i18next';
import type { ChangedField } from './useChangedElsewhere';

interface Props<V> {
  changed: readonly ChangedField<V>[];
  /** True after a save that was refused because of these fields: the notice then asks. */
  asking: boolean;
  labelOf: (field: keyof V & string) => string;
  /** How a form value reads (lists joined, for example); strings as they are by default. */
  show?: (value: V[keyof V], field: keyof V & string) => string;
  onTakeTheirs: (field: keyof V & string) => void;
  onKeepMine: (field: keyof V & string) => void;
}

function plain(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** In an open form: the fields changed in another window meanwhile, each with take theirs / keep mine. */
export function ChangedElsewhereNotice<V>({ changed, asking, labelOf, show = plain, onTakeTheirs, onKeepMine }: Props<V>) {
  const { t } = useTranslation();
  if (changed.length === 0) return null;
  const text = (value: V[keyof V], field: keyof V & string) => show(value, field) || t('ui.changedElsewhere.empty');
  return (
    <div className="notice changed-elsewhere" role="group" aria-label={t('ui.changedElsewhere.heading')}>
      {asking && (
        <p role="alert" className="error-text">
          {t('ui.changedElsewhere.notSaved', { count: changed.length, fields: changed.map((c) => labelOf(c.field)).join(', ') })}
        </p>
      )}
      <ul>
        {changed.map(({ field, theirs, mine }) => {
          const label = labelOf(field);
          return (
            <li key={field}>
              <p>
                {t('ui.changedElsewhere.field', { field: label, value: text(theirs, field) })}
                {mine !== undefined && <span className="muted"> · {t('ui.changedElsewhere.mine', { value: text(mine, field) })}</span>}
              </p>
              <button type="button" aria-label={t('ui.changedElsewhere.takeTheirsLabel', { field: label })} onClick={() => onTakeTheirs(field)}>
                {t('ui.changedElsewhere.takeTheirs')}
              </button>{' '}
              <button type="button" aria-label={t('ui.changedElsewhere.keepMineLabel', { field: label })} onClick={() => onKeepMine(field)}>
                {t('ui.changedElsewhere.keepMine')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
