import type { ChangeSet } from '../../../../shared/coding/changeSet';
import { excerpt } from '../../../../shared/coding/stepSummary';
import type { Segment } from '../../../../shared/domain';
import { recordStep } from '../../../services/history';
import { failed, type ReaderCodingContext } from './readerCodingContext';
import { stepRange, type RangeStep } from '../../coding/wordStep';

/** Runs a step on a segment, records it for undo and paints it; says `done` (with the step's segment) when something changed. */
async function onSegment(context: ReaderCodingContext, write: () => Promise<ChangeSet | null>, done?: (after: Segment | null) => string): Promise<void> {
  try {
    const step = await write();
    recordStep(step);
    context.laid(step);
    if (step && done) context.notify(done((step.changes.find((change) => change.table === 'segments')?.after as Segment | null | undefined) ?? null));
  } catch (error) {
    failed(context, error);
  }
}

const rangeChanged = (context: ReaderCodingContext) => (after: Segment | null) => context.t('ui.coding.rangeChanged', { quote: excerpt(after?.quote.exact ?? '', 80) });

/** Moves the selected segment's start or end by a word or a sentence. */
export function stepSegment(context: ReaderCodingContext, step: RangeStep): void {
  const { selectedSegment, document, repos } = context;
  if (!selectedSegment) return;
  const range = stepRange(document.text, selectedSegment.position, step);
  if (!range) {
    context.notify(context.t('ui.coding.rangeEdge'));
    return;
  }
  void onSegment(context, () => repos.coding.adjustRange(selectedSegment.id, range.start, range.end), rangeChanged(context));
}

/** Gives the selected segment the selected text's range. */
export function rangeFromSelection(context: ReaderCodingContext): void {
  const { selectedSegment, selected, repos } = context;
  if (!selectedSegment || !selected) return;
  const range = selected;
  void onSegment(context, () => repos.coding.adjustRange(selectedSegment.id, range.start, range.end), rangeChanged(context));
  window.getSelection()?.removeAllRanges();
  context.setSelected(null);
}

/** Deletes the selected segment with its codes and judgement. */
export function deleteSelectedSegment(context: ReaderCodingContext): void {
  const { selectedSegment, repos } = context;
  if (!selectedSegment) return;
  const id = selectedSegment.id;
  void onSegment(context, () => repos.coding.deleteSegment(id), () => context.t('ui.coding.deleted'));
  context.setSelectedSegmentId(null);
}

/** Places a segment left unplaced in an older version of the document at the selected text. */
export function placeSegment(context: ReaderCodingContext, segment: Segment): void {
  const { selected, document, repos } = context;
  if (!selected) {
    context.notify(context.t('ui.coding.placeHint'));
    return;
  }
  const range = selected;
  void onSegment(context, () => repos.coding.relocate(segment.id, document.id, range.start, range.end), () => context.t('ui.coding.placed')).then(() => context.setSelectedSegmentId(segment.id));
  window.getSelection()?.removeAllRanges();
  context.setSelected(null);
}
