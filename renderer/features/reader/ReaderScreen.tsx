import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/AppContext';
import { useCodes, useDocumentSegments, useDocumentWithText, useProject, useUnplacedOfOlderVersions } from '../../store';
import { routeHref } from '../../services/route';
import type { UnplacedSegment } from './coding/UnplacedNotice';
import { Reader } from './Reader';

const NO_UNPLACED: readonly UnplacedSegment[] = [];

/** Reads a document and codes its passages against the evaluation's codebook. */
export function ReaderScreen({ evaluationId, documentId, segmentId, at = null }: { evaluationId: string; documentId: string; segmentId: string | null; at?: { start: number; end: number } | null }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const document = useDocumentWithText(repos, documentId);
  const segments = useDocumentSegments(repos, documentId);
  // The reader paints its own writes at once; the stored list catches up without hurrying the frame.
  const shownSegments = useDeferredValue(segments);
  const codes = useCodes(repos, evaluationId);
  const project = useProject(repos, document?.projectId ?? undefined);
  // Coded passages of older versions that could not be found in this one (only the current version shows them).
  const current = document && document.supersededBy === null && document.version > 1 ? { id: document.id, group: document.versionGroupId } : null;
  const unplacedRecords = useUnplacedOfOlderVersions(repos, evaluationId, current);
  const unplaced = useMemo(
    () =>
      unplacedRecords?.map(({ segment, version }) => ({
        segment,
        version,
        href: routeHref({ name: 'reader', evaluationId, documentId: segment.documentId, segmentId: segment.id }),
      })) ?? NO_UNPLACED,
    [unplacedRecords, evaluationId],
  );

  if (document === undefined || shownSegments === undefined || codes === undefined) return <p className="muted">{t('ui.common.loading')}</p>;
  if (document === null) return <p>{t('ui.common.notFound')}</p>;
  // Between two documents the queries answer one at a time: wait until both are about the same one.
  if (document.id !== documentId || shownSegments.documentId !== documentId) return <p className="muted">{t('ui.common.loading')}</p>;
  return (
    <Reader
      key={document.id}
      document={document}
      segments={shownSegments.list}
      codes={codes}
      project={project}
      evaluationId={evaluationId}
      initialSegmentId={segmentId}
      initialAt={at}
      unplaced={unplaced}
    />
  );
}
