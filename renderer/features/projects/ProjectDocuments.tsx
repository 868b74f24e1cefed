import { useTranslation } from 'react-i18next';
import type { DocumentEvidence } from '../../../shared/analysis/projectEvidence';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { routeHref } from '../../services/route';

/** The project's documents (current versions) with type, date, pages and coded passages, each opening the reader. */
export function ProjectDocuments({ evaluationId, documents }: { evaluationId: string; documents: readonly DocumentEvidence[] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return <p className="muted small">{t('ui.projectPage.noDocuments')}</p>;
  return (
    <div className="table-scroll">
      <table className="table compact-table">
        <caption className="visually-hidden">{t('ui.projectPage.documentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.projectPage.documentTitle')}</th>
            <th scope="col">{t('ui.projectPage.documentType')}</th>
            <th scope="col">{t('ui.projectPage.documentDate')}</th>
            <th scope="col" className="numeric">
              {t('ui.projectPage.documentPages')}
            </th>
            <th scope="col" className="numeric">
              {t('ui.projectPage.documentPassages')}
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map(({ document, passages }) => (
            <tr key={document.id}>
              <th scope="row">
                <a href={routeHref({ name: 'reader', evaluationId, documentId: document.id })} aria-label={t('ui.projectPage.openDocument', { title: document.title })}>
                  {document.title}
                </a>
              </th>
              <td>{t(`documentType.${document.type}`)}</td>
              <td className="nowrap">{document.date ?? '–'}</td>
              <td className="numeric">{document.pageCount === null ? '–' : formatSwedishNumber(document.pageCount)}</td>
              <td className="numeric">{formatSwedishNumber(passages)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
