import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../store';

/** Under a document's title in the list: the document it repeats in another format, and how alike. */
export function TwinMark({ document, original }: { document: DocumentRecord; original: DocumentRecord | undefined }) {
  const { t } = useTranslation();
  const title = original?.title ?? t('ui.codebookEditor.quote.unknownDocument');
  const percent = document.duplicateSimilarity === null ? null : Math.round(document.duplicateSimilarity * 100);
  return (
    <div className="twin-mark small">
      <span className="badge">{t('ui.documents.twinBadge')}</span> {percent === null ? t('ui.documents.twinByHand', { title }) : t('ui.documents.twinAlike', { title, percent })}
    </div>
  );
}
