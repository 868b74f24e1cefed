import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './reportMarks.css';

/** The marks a passage carries for the report (absent: false). */
export interface ReportMarkState {
  inReport?: boolean;
  memoInReport?: boolean;
}

interface Props {
  marks: ReportMarkState;
  /** Whether the passage has a memo (the memo's mark is disabled without one). */
  hasMemo: boolean;
  /** In a list, the quote's excerpt names the checkboxes apart ("I rapporten: ”…”"); alone, the labels do. */
  quote?: string;
  /** Only in a list: the memo's checkbox is left out when there is no memo (the reader shows it disabled). */
  compact?: boolean;
  onChange: (marks: ReportMarkState) => void;
}

/** A mark shown at once when clicked, before its write comes back; a change from outside (an undo) replaces it. */
function useShownMark(value: boolean): [boolean, (next: boolean) => void] {
  const [state, setState] = useState({ value, seen: value });
  const stale = state.seen !== value;
  if (stale) setState({ value, seen: value });
  const set = useCallback((next: boolean) => setState((current) => ({ ...current, value: next })), []);
  return [stale ? value : state.value, set];
}

/** The "I rapporten" and "Notat i rapporten" checkboxes of a passage. */
export function ReportMarkToggles({ marks, hasMemo, quote, compact = false, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [inReport, setInReport] = useShownMark(marks.inReport === true);
  const [memoInReport, setMemoInReport] = useShownMark(marks.memoInReport === true && hasMemo);
  const named = (label: string) => (quote === undefined ? undefined : `${label}: ”${quote}”`);
  return (
    <div className={compact ? 'report-marks report-marks-compact' : 'report-marks'}>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={inReport}
          aria-label={named(t('ui.reportMarks.inReport'))}
          onChange={(event) => {
            setInReport(event.target.checked);
            onChange({ inReport: event.target.checked });
          }}
        />
        {t('ui.reportMarks.inReport')}
      </label>
      {(hasMemo || !compact) && (
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={memoInReport}
            disabled={!hasMemo}
            aria-label={named(t('ui.reportMarks.memoInReport'))}
            aria-describedby={hasMemo ? undefined : `${id}-no-memo`}
            onChange={(event) => {
              setMemoInReport(event.target.checked);
              onChange({ memoInReport: event.target.checked });
            }}
          />
          {t('ui.reportMarks.memoInReport')}
        </label>
      )}
      {!hasMemo && !compact && (
        <p id={`${id}-no-memo`} className="muted small report-marks-hint">
          {t('ui.reportMarks.memoNone')}
        </p>
      )}
    </div>
  );
}

/** The visible mark of a quote that is in the report. */
export function InReportBadge() {
  const { t } = useTranslation();
  return <span className="in-report-badge">{t('ui.reportMarks.badge')}</span>;
}
