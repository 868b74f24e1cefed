import { useTranslation } from 'react-i18next';
import { routeHref } from '../../services/route';
import type { ImportItem } from './useImportBatch';
import { importErrorMessage } from './importErrorMessage';
import { ImportWarnings } from './ImportWarnings';
import { showBidiControls } from '../../../shared/base/bidiControls';

interface Props {
  evaluationId: string;
  items: ImportItem[];
  onImportAnyway: (item: ImportItem) => void;
  /** Takes the twin mark off a stored document (false) or puts it back (true). */
  onMarkTwin: (item: ImportItem, marked: boolean) => Promise<void>;
  onClose: () => void;
}

/** The twin a stored file repeats, in words, with the control to take the mark off or put it back. */
function TwinNote({ item, twin, onMarkTwin }: { item: ImportItem; twin: NonNullable<ImportItem['twin']>; onMarkTwin: Props['onMarkTwin'] }) {
  const { t } = useTranslation();
  const values = { title: twin.title, percent: Math.round(twin.similarity * 100), name: showBidiControls(item.file.name) };
  return (
    <p className="import-twin small" role="status">
      {twin.marked ? t('ui.import.resultTwin', values) : t('ui.import.resultTwinUnmarked', values)}{' '}
      <button type="button" onClick={() => void onMarkTwin(item, !twin.marked)} aria-label={twin.marked ? t('ui.import.notTwinNamed', values) : t('ui.import.markTwinNamed', values)}>
        {twin.marked ? t('ui.import.notTwin') : t('ui.import.markTwin')}
      </button>
    </p>
  );
}

/** After a batch: per file, imported (with its warnings), a duplicate (import anyway?), or why it failed. */
export function ImportResults({ evaluationId, items, onImportAnyway, onMarkTwin, onClose }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <ul className="import-results" aria-label={t('ui.import.resultsLabel')}>
        {items.map((item) => (
          <li key={item.key} className={`import-result import-result-${item.status}`}>
            <strong>{showBidiControls(item.file.name)}</strong>{' '}
            {item.status === 'imported' && item.documentId && (
              <>
                <span>{t('ui.import.resultImported')}</span>{' '}
                <a href={routeHref({ name: 'reader', evaluationId, documentId: item.documentId })}>{t('ui.import.open', { title: item.title })}</a>
                {item.anchors && (item.anchors.moved > 0 || item.anchors.kept > 0) && <p className="small">{t('ui.import.reanchored', { moved: t('ui.counts.codedQuotes', { count: item.anchors.moved }), kept: t('ui.import.reanchoredKept', { count: item.anchors.kept }) })}</p>}
                {item.twin && <TwinNote item={item} twin={item.twin} onMarkTwin={onMarkTwin} />}
                {item.parsed && <ImportWarnings warnings={item.parsed.warnings} name={showBidiControls(item.file.name)} />}
              </>
            )}
            {item.status === 'duplicate' && (
              <>
                <span>{t('ui.import.resultDuplicate', { title: item.duplicateOf ?? '' })}</span>{' '}
                <button type="button" onClick={() => onImportAnyway(item)}>
                  {t('ui.import.importAnywayNamed', { name: showBidiControls(item.file.name) })}
                </button>
              </>
            )}
            {item.status === 'failed' && item.error && <span className="error-text">{importErrorMessage(t, i18n.language, showBidiControls(item.file.name), item.file.bytes.byteLength, item.error)}</span>}
            {item.status === 'storeFailed' && <span className="error-text">{t('ui.common.actionFailed', { detail: item.storeError ?? '' })}</span>}
            {item.status === 'parsed' && <span className="muted">{t('ui.import.resultSkipped')}</span>}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('ui.common.close')}
        </button>
      </div>
    </>
  );
}
