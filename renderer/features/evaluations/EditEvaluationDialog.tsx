import type { Evaluation } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { EvaluationForm } from './EvaluationForm';

interface Props {
  evaluation: Evaluation;
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** After a save without conflicts (the dialog closes itself through onClose first). */
  onSaved: () => void;
}

/** The evaluation's own facts edited in the evaluation form, saved with the two-tab conflict check. */
export function EditEvaluationDialog({ evaluation, title, submitLabel, onClose, onSaved }: Props) {
  const { repos } = useServices();
  return (
    <EvaluationForm
      title={title}
      submitLabel={submitLabel}
      initial={evaluation}
      current={evaluation}
      onClose={onClose}
      onSubmit={async (input, _frameworks, base) => {
        const conflicts = await repos.evaluations.update(evaluation.id, { base, edited: input });
        if (conflicts.length > 0) return conflicts;
        onClose();
        onSaved();
      }}
    />
  );
}
