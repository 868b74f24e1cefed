import { useNotify } from './notify';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteDialogProps {
  title: string;
  confirmLabel: string;
  /**
   * Says what will be deleted, with counts the caller reads from the store when the dialog opens;
   * undefined while it reads them (nothing is shown yet).
   */
  message: string | undefined;
  onDelete: () => Promise<void>;
  deletedMessage: string;
  onClose: () => void;
}

/** Asks before deleting, naming what goes with it, then announces that it is gone. */
export function DeleteDialog({ title, confirmLabel, message, onDelete, deletedMessage, onClose }: DeleteDialogProps) {
  const notify = useNotify();
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
