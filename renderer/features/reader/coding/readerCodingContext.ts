import type { TFunction } from 'i18next';
import type { Dispatch, RefObject, SetStateAction } from 'react';
import type { ChangeSet } from '../../../../shared/coding/changeSet';
import type { Code, Project, Segment, SourceDocument } from '../../../../shared/domain';
import type { Repositories } from '../../../store';
import type { ReaderLayout } from '../layout';
import type { SegmentPaint } from '../paint';
import type { ProvisionalStore } from './provisionalPaint';
import { errorDetail } from '../../../ui/errorDetail';

/** A range of the document text (UTF-16 offsets, end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** What the reader gives coding: the document and what it shows of it. */
export interface ReaderCodingInput {
  document: SourceDocument;
  evaluationId: string;
  project: Project | null | undefined;
  codes: Code[];
  codesById: ReadonlyMap<string, Code>;
  /** The document's segments with this reader's own writes laid over them, in reading order. */
  segments: readonly Segment[];
  /** Paints a written step's segments at once (useSegmentOverlay). */
  laid: (step: ChangeSet | null) => void;
  paints: readonly SegmentPaint[];
  layout: ReaderLayout;
  language: string;
  unknownCode: string;
  t: TFunction;
  /** The element that holds the document text. */
  textRef: RefObject<HTMLDivElement | null>;
  /** The selected text, as offsets, or null. */
  selected: TextRange | null;
  setSelected: Dispatch<SetStateAction<TextRange | null>>;
  /** Scrolls to a segment and flashes it. */
  showSegment: (segment: Segment) => void;
}

/** What the reader's coding actions work with: the reader's input and coding's own state, as of this render. */
export interface ReaderCodingContext extends ReaderCodingInput {
  repos: Repositories;
  notify: (message: string) => void;
  segmentById: ReadonlyMap<string, Segment>;
  selectedSegment: Segment | null;
  setSelectedSegmentId: Dispatch<SetStateAction<string | null>>;
  /** The code that navigation between segments follows, or null. */
  followed: string | null;
  setFollowCodeId: Dispatch<SetStateAction<string | null>>;
  provisionalStore: ProvisionalStore;
}

/** Tells the evaluator that an action failed, and why. */
export function failed(context: Pick<ReaderCodingContext, 'notify' | 't'>, error: unknown): void {
  context.notify(context.t('ui.common.actionFailed', { detail: errorDetail(context.t, error) }));
}

/** Selects a segment for the panel; with `show`, scrolls to it and flashes it. */
export function selectSegment(context: Pick<ReaderCodingContext, 'setSelectedSegmentId' | 'showSegment'>, segment: Segment, show: boolean): void {
  context.setSelectedSegmentId(segment.id);
  if (show) context.showSegment(segment);
}
