import { ProblemAlert } from './ProblemAlert';

interface Props {
  chooseLabel: string;
  removeLabel: string;
  onChoose: () => void;
  /** Null while nothing is chosen (no remove button). */
  onRemove: (() => void) | null;
  problem: string | null;
}

/** A "choose a file…" button, a "remove" button once one is chosen, and why the last choice was refused. */
export function ChooseFileActions({ chooseLabel, removeLabel, onChoose, onRemove, problem }: Props) {
  return (
    <>
      <div className="actions">
        <button type="button" onClick={onChoose}>
          {chooseLabel}
        </button>
        {onRemove && (
          <button type="button" onClick={onRemove}>
            {removeLabel}
          </button>
        )}
      </div>
      <ProblemAlert problem={problem} />
    </>
  );
}
