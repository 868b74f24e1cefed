import { useEffect, useState } from 'react';
import { isoDateOf } from '../../../shared/base/isoDate';
import { useServices } from '../../services/AppContext';
import { previewReportInWorker } from '../../services/workers/reportInWorker';
import type { PreviewState } from './previewSummary';

/** How long the settings must rest before the preview is counted again. */
const PREVIEW_PAUSE_MS = 600;

/**
 * What each section's data part will hold, counted in a worker from the evaluation as stored (the UI
 * thread reads none of its records), again after the settings change (`version`) and rest a moment.
 */
export function useReportPreview(evaluationId: string, version: string): PreviewState {
  const { repos } = useServices();
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let job: ReturnType<typeof previewReportInWorker> | null = null;
    let live = true;
    const timer = setTimeout(() => {
      job = previewReportInWorker(repos.evaluationFiles.databaseName, evaluationId, isoDateOf(new Date()));
      void job.result.then((outcome) => {
        if (!live) return;
        if (outcome.ok) setState({ status: 'ready', preview: outcome.preview });
        else if (!outcome.cancelled) setState({ status: 'failed' });
      });
    }, PREVIEW_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      job?.cancel();
    };
  }, [evaluationId, version, repos]);
  return state;
}
