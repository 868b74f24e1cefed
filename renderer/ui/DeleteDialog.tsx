import { useLiveQuery } from 'dexie-react-hooks';
import { useNotify } from '../services/notify';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteDialogProps {
  title: string;
  confirmLabel: string;
  /** Says what will be deleted, with counts read from the store when the dialog opens. */
  describe: () => Promise<string>;
  onDelete: () => Promise<void>;
  deletedMessage: string;
  onClose: () => void;
}

/** Asks before deleting, naming what goes with it, then announces that it is gone. */
export function DeleteDialog({ title, confirmLabel, describe, onDelete, deletedMessage, onClose }: DeleteDialogProps) {
  const notify = useNotify();
  // Read once when the dialog opens: the message must not change under the user's eyes.
  const message = useLiveQuery(describe, []);
  if (message === undefined) return null;
  return (
    <ConfirmDialog
      title={title}
      message={message}
      confirmLabel={confirmLabel}
      onConfirm={async () => {
        await onDelete();
        notify(deletedMessage);
      }}
      onClose={onClose}
    />
  );
}
