import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../store';

interface Props {
  document: DocumentRecord;
  original: DocumentRecord | undefined;
  /** "Inte en dubblett": takes the mark off. */
  onUnmark: () => void;
}

/** Under a document's title in the list: the document it repeats in another format, how alike, and the control to take the mark off. */
export function TwinMark({ document, original, onUnmark }: Props) {
  const { t } = useTranslation();
  const title = original?.title ?? t('ui.codebookEditor.quote.unknownDocument');
  const percent = document.duplicateSimilarity === null ? null : Math.round(document.duplicateSimilarity * 100);
  return (
    <div className="twin-mark small">
      <span className="badge" title={t('ui.documents.twinHint')}>
        {t('ui.documents.twinBadge')}
      </span>{' '}
      {percent === null ? t('ui.documents.twinByHand', { title }) : t('ui.documents.twinAlike', { title, percent })}{' '}
      <button type="button" className="link-button" onClick={onUnmark} aria-label={t('ui.documents.notTwinNamed', { title: document.title })}>
        {t('ui.documents.notTwin')}
      </button>
    </div>
  );
}
