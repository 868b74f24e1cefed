import { useCallback, useMemo, useState } from 'react';
import type { ChangeSet } from '../../../../shared/coding/changeSet';
import type { Segment } from '../../../../shared/domain';
import { EMPTY_OVERLAY, mergeSegments, overlayChanges, sameSegments, type SegmentOverlay } from './segmentOverlay';

/**
 * A document's segments as this screen shows them: what it just wrote is painted at once (`laid`), and the
 * live query brings the same records a moment later (the overlay then starts afresh). When those show
 * the same as what is painted, the list shown stays the same array, so the paints, the chunks and the
 * side list are not worked out again for every coding (the coding benchmark's profile: that second pass
 * over a long report's segments held up the next coding's write).
 */
export function useSegmentOverlay(liveSegments: Segment[], documentId: string): { segments: readonly Segment[]; laid: (step: ChangeSet | null) => void } {
  const [overlay, setOverlay] = useState<{ live: Segment[]; changes: SegmentOverlay }>({ live: liveSegments, changes: EMPTY_OVERLAY });
  if (overlay.live !== liveSegments) setOverlay({ live: liveSegments, changes: EMPTY_OVERLAY });
  const pendingOverlay = overlay.live === liveSegments ? overlay.changes : EMPTY_OVERLAY;
  const merged = useMemo(() => mergeSegments(liveSegments, pendingOverlay), [liveSegments, pendingOverlay]);
  const [shown, setShown] = useState(merged);
  const same = useMemo(() => sameSegments(shown, merged), [shown, merged]);
  if (!same) setShown(merged);
  const segments = same ? shown : merged;
  const laid = useCallback(
    (step: ChangeSet | null) => {
      if (step) setOverlay((current) => ({ live: current.live, changes: overlayChanges(current.changes, step.changes, documentId) }));
    },
    [documentId],
  );
  return { segments, laid };
}
