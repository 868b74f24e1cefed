import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredBackup } from '../../../shared/domain';
import type { OpenedFile } from '../../../shared/ports/platform';
import { useServices } from '../../services/AppContext';
import { useBackupScheduler } from '../../services/backups';
import type { RestoreMode } from '../../store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatBytes, formatDateTime } from '../../ui/formatDates';
import { ListTable } from '../../ui/ListTable';
import { OpenEvaluationFileDialog } from '../evaluations/OpenEvaluationFileDialog';
import type { BackupGroup } from './backupGroups';
import { errorDetail } from '../../ui/errorDetail';

const COUNTED = ['projects', 'documents', 'segments', 'findings'] as const;

function Contents({ backup }: { backup: StoredBackup }) {
  const { t } = useTranslation();
  if (!backup.meta) return <>{t('ui.backups.contentsUnknown')}</>;
  const { counts } = backup.meta;
  if (!counts) return <>{t('ui.backups.contentsHidden')}</>;
  return <>{COUNTED.map((table) => t(`ui.backups.counts.${table}`, { count: counts[table] ?? 0 })).join(', ')}</>;
}

type Pending = { backup: StoredBackup; mode: RestoreMode; title: string } | null;

/** The backups of each evaluation with their restore buttons; restoring goes through the evaluation file's dialog (worker, then the store's restore). */
export function BackupList({ groups, unknownTitle }: { groups: BackupGroup[]; unknownTitle: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const scheduler = useBackupScheduler();
  const [confirming, setConfirming] = useState<Pending>(null);
  const [restoring, setRestoring] = useState<{ file: OpenedFile; mode: RestoreMode } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async ({ backup, mode }: NonNullable<Pending>) => {
    // What is replaced is backed up first (unless it is unchanged since its last backup), so a restore loses nothing.
    if (mode === 'replace' && !(await scheduler.backupIfChanged(backup.evaluationId))) throw new Error(t('ui.backups.notReplaced'));
    const bytes = await platform.backups.read(backup.evaluationId, backup.name);
    setRestoring({ file: { name: t('ui.backups.backupLabel', { time: formatDateTime(backup.savedAt) }), bytes }, mode });
  };
  const restoreNow = (pending: NonNullable<Pending>) => {
    setProblem(null);
    restore(pending).catch((error: unknown) => setProblem(t('ui.common.actionFailed', { detail: errorDetail(t, error) })));
  };

  const gone = groups.filter((group) => !group.inStore);
  const table = (group: BackupGroup) => {
    const title = group.title ?? unknownTitle(group.evaluationId);
    return (
      <div key={group.evaluationId} className="backup-group">
        <h4>{title}</h4>
        <ListTable
          caption={t('ui.backups.listLabel', { title })}
          columns={[{ label: t('ui.backups.savedAt') }, { label: t('ui.backups.contents') }, { label: t('ui.backups.encrypted') }, { label: t('ui.backups.size'), numeric: true }]}
        >
          {group.backups.map((backup) => {
            const time = formatDateTime(backup.savedAt);
            const pending = (mode: RestoreMode) => ({ backup, mode, title });
            return (
              <tr key={backup.name}>
                <td className="backup-time">{time}</td>
                <td>
                  <Contents backup={backup} />
                </td>
                <td>{backup.meta?.encrypted ? t('ui.backups.yes') : backup.meta ? t('ui.backups.no') : t('ui.backups.contentsUnknown')}</td>
                <td className="numeric">{formatBytes(backup.size, i18n.language)}</td>
                <td className="row-actions">
                  {group.inStore ? (
                    <>
                      <button type="button" className="link-button" aria-label={t('ui.backups.restoreCopyNamed', { time })} onClick={() => restoreNow(pending('copy'))}>
                        {t('ui.backups.restoreCopy')}
                      </button>{' '}
                      <button type="button" className="link-button" aria-label={t('ui.backups.restoreReplaceNamed', { time })} onClick={() => setConfirming(pending('replace'))}>
                        {t('ui.backups.restoreReplace')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className="link-button" aria-label={t('ui.backups.restoreNewNamed', { time })} onClick={() => restoreNow(pending('new'))}>
                      {t('ui.backups.restoreNew')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </ListTable>
      </div>
    );
  };

  return (
    <>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {groups.filter((group) => group.inStore).map(table)}
      {gone.length > 0 && <h3>{t('ui.backups.goneHeading')}</h3>}
      {gone.map(table)}
      {confirming && (
        <ConfirmDialog
          title={t('ui.backups.confirmTitle')}
          message={t('ui.backups.confirmMessage', { title: confirming.title, time: formatDateTime(confirming.backup.savedAt) })}
          confirmLabel={t('ui.backups.restoreReplace')}
          onConfirm={() => restore(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
      {restoring && <OpenEvaluationFileDialog file={restoring.file} restoreAs={restoring.mode} title={t('ui.backups.restoreTitle')} onClose={() => setRestoring(null)} />}
    </>
  );
}
