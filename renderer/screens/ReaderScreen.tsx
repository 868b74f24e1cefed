import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { Reader } from '../reader/Reader';

/** Reads a document and codes its passages against the evaluation's codebook. */
export function ReaderScreen({ evaluationId, documentId }: { evaluationId: string; documentId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const document = useLiveQuery(async () => (await repos.documents.getWithText(documentId)) ?? null, [documentId]);
  const segments = useLiveQuery(() => repos.segments.listByDocument(documentId), [documentId]);
  const codes = useLiveQuery(() => repos.codes.list(evaluationId), [evaluationId]);
  const project = useLiveQuery(async () => (document ? ((await repos.projects.get(document.projectId)) ?? null) : null), [document?.projectId]);

  if (document === undefined || segments === undefined || codes === undefined) return <p className="muted">{t('ui.common.loading')}</p>;
  if (document === null) return <p>{t('ui.common.notFound')}</p>;
  return <Reader key={document.id} document={document} segments={segments} codes={codes} project={project} evaluationId={evaluationId} />;
}
