/** A problem said in words under the control it concerns, announced to screen readers; nothing when there is none. */
export function ProblemAlert({ problem, id }: { problem: string | null | false; id?: string }) {
  if (!problem) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {problem}
    </p>
  );
}
