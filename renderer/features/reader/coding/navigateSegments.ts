import { navigate } from '../../../services/route';
import { codeLabel } from '../../../../shared/domain/codeLabel';
import { neighbourAcross, neighbourInDocument, placeAcross, type Direction } from '../../coding/navigation';
import { failed, selectSegment, type ReaderCodingContext } from './readerCodingContext';

/** Selects and shows the next or previous segment of the document. */
export function navigateInDocument(context: ReaderCodingContext, direction: Direction): void {
  const next = neighbourInDocument(context.segments, context.selectedSegment?.id ?? null, direction);
  if (!next) context.notify(context.t('ui.coding.noMore'));
  else selectSegment(context, next, true);
}

/** Selects and shows the next or previous segment with the followed code, in this document or another. */
export async function navigateWithCode(context: ReaderCodingContext, direction: Direction): Promise<void> {
  const { selectedSegment, followed, repos, document, evaluationId, segments, t } = context;
  if (!selectedSegment || followed === null) {
    context.notify(t('ui.coding.selectFirst'));
    return;
  }
  const codeId = followed;
  const current = selectedSegment;
  try {
    const [withCode, documents, projects] = await Promise.all([repos.coding.segmentsWithCode(codeId), repos.documents.list(evaluationId), repos.projects.list(evaluationId)]);
    const open = { id: document.id, title: document.title, projectId: document.projectId, segments };
    const items = placeAcross(codeId, withCode, open, documents, projects);
    const next = neighbourAcross(items, current.id, direction);
    const code = context.codesById.get(codeId);
    if (!next) {
      context.notify(t('ui.coding.noMoreWithCode', { code: code ? codeLabel(code, context.language) : '' }));
      return;
    }
    context.setFollowCodeId(codeId);
    const here = context.segmentById.get(next.segment.id);
    if (here) selectSegment(context, here, true);
    else navigate({ name: 'reader', evaluationId, documentId: next.segment.documentId, segmentId: next.segment.id });
  } catch (error) {
    failed(context, error);
  }
}
