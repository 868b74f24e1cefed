/** What is under way, and its progress bar (named for screen readers; no value: not known). */
export function ProgressLine({ label, progress, progressLabel }: { label: string; progress: number | undefined; progressLabel: string }) {
  return (
    <p>
      {label}{' '}
      <progress max={1} value={progress} aria-label={progressLabel}>
        {progress === undefined ? '' : `${Math.round(progress * 100)} %`}
      </progress>
    </p>
  );
}
