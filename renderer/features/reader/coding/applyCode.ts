import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import type { ChangeSet } from '../../../../shared/coding/changeSet';
import { codingRange } from '../../../../shared/coding/codingRule';
import { excerpt } from '../../../../shared/coding/stepSummary';
import type { Segment } from '../../../../shared/domain';
import { recordWhenWritten } from '../../../services/history';
import { codeLabel } from '../../../../shared/domain/codeLabel';
import { chunksOfRange } from '../layout';
import { paintOf } from '../paint';
import { selectionOffsets } from '../selectionOffsets';
import { freeLane, type ProvisionalPaint } from './provisionalPaint';
import { rememberCode } from '../../coding/recentCodes';
import { failed, type ReaderCodingContext } from './readerCodingContext';
import { afterPaint } from '../../../ui/afterPaint';
import { provisionalCoding } from './segmentOverlay';

/** Takes the page's selection away if it is still `range`. */
function clearSelectionIf(range: Range): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const now = selection.getRangeAt(0);
  const same = now.compareBoundaryPoints(Range.START_TO_START, range) === 0 && now.compareBoundaryPoints(Range.END_TO_END, range) === 0;
  if (same) selection.removeAllRanges();
}


/**
 * Applies a code to the selected text, or else adds it to the selected segment. This is the hot path of
 * coding (the coding benchmark times it): the write starts, the passage is painted provisionally in the
 * task right after (once the write's requests are with the database), and everything else waits for the
 * next frame.
 */
export async function applyCode(context: ReaderCodingContext, codeId: string): Promise<void> {
  const { repos, notify, t, document, evaluationId, codesById, language, unknownCode, textRef, selected, setSelected, selectedSegment, segments, paints, layout, provisionalStore, laid } = context;
  const code = codesById.get(codeId);
  const label = code ? codeLabel(code, language) : '';
  // The selection as it is on the page now (a key may come before the selection's change has rendered),
  // else as last seen (focus in the palette leaves the page without one).
  const onPage = textRef.current ? selectionOffsets(textRef.current, window.getSelection()) : null;
  const chosen = onPage ?? selected;
  const fromSelection = chosen !== null;
  const range = chosen ?? (selectedSegment ? { start: selectedSegment.position.start, end: selectedSegment.position.end } : null);
  if (!range) {
    notify(t('ui.coding.selectFirst'));
    return;
  }
  // The write starts first; in the same moment the passage is painted as the write will leave it (a
  // provisional segment), and the stored segment takes its place once the write is committed.
  // Only the chunks it touches render it, so this costs the same in a document of any size.
  const writing = recordWhenWritten(repos.coding.code(document.id, range.start, range.end, codeId));
  const provisional = provisionalCoding(segments, document, range, codeId, new Date().toISOString());
  let shown: ProvisionalPaint | null = null;
  let settled = false;
  if (provisional) {
    const { start, end } = provisional.position;
    const lane = paints.find((paint) => paint.id === provisional.id)?.lane ?? freeLane(paints, start, end);
    shown = { paint: paintOf(provisional, codesById, language, unknownCode, lane), chunks: chunksOfRange(layout, start, end) };
    const value = shown;
    // Painted in the next task, not this one: the write's first requests (issued in this task's
    // microtasks) are then already with the database while the paint renders.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!settled) flushSync(() => provisionalStore.set(value));
    };
    channel.port2.postMessage(null);
  }
  // The selection goes once the paint is on the screen, unless the evaluator has selected something else by then.
  const selection = window.getSelection();
  const codedRange = fromSelection && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  if (codedRange) afterPaint(() => clearSelectionIf(codedRange));
  const settle = (step: ChangeSet | null) => {
    settled = true;
    laid(step);
    if (shown) provisionalStore.clear(shown);
  };
  try {
    const step = await writing;
    // For the benchmark: the moment the write is committed.
    performance.mark('sparbar:coding-committed');
    const written = step?.changes.find((change) => change.table === 'segments')?.after as Segment | null | undefined;
    // The rest waits for the next frame (the provisional paint looks the same): the stored segment takes
    // its place, the selection goes, the segment's panel opens, the palette puts the code first and the
    // announcement is made.
    afterPaint(() => {
      settle(step);
      if (fromSelection) setSelected((current) => (current && current.start === range.start && current.end === range.end ? null : current));
      if (written) startTransition(() => context.setSelectedSegmentId(written.id));
      rememberCode(evaluationId, codeId);
      if (!step) {
        // Nothing written: the range held only white space, or its segment has the code already.
        notify(codingRange(document.text, range.start, range.end) === null ? t('ui.coding.nothingToCode') : t('ui.coding.alreadyCoded', { code: label }));
      } else notify(fromSelection ? t('ui.coding.coded', { code: label, quote: excerpt(written?.quote.exact ?? '', 80) }) : t('ui.coding.codeAdded', { code: label }));
    });
  } catch (error) {
    // Nothing was written: the provisional paint goes, and the evaluator is told why.
    settle(null);
    failed(context, error);
  }
}
