import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredBackup } from '../../../shared/domain';
import type { BackupLocation } from '../../../shared/ports/backupStore';
import { useServices } from '../../services/AppContext';
import { useBackupScheduler, useBackupState } from '../../services/backups';
import { useEvaluations } from '../../store';
import { formatDateTime } from '../../ui/formatDates';
import { useNotify } from '../../ui/notify';
import { BackupEncryption } from './BackupEncryption';
import { BackupList } from './BackupList';
import { groupBackups } from './backupGroups';
import { errorDetail } from '../../ui/errorDetail';

function whereKey(location: BackupLocation): string {
  if (location.kind === 'folder') return location.chosen ? 'ui.backups.whereFolderChosen' : 'ui.backups.whereFolder';
  return location.kind === 'opfs' ? 'ui.backups.whereOpfs' : location.kind === 'indexeddb' ? 'ui.backups.whereIndexeddb' : 'ui.backups.whereMemory';
}

/** Settings › Säkerhetskopior: where backups are kept, back up now, the backup passphrase and the backups to restore. */
export function BackupsSection() {
  const { t } = useTranslation();
  const { repos, platform } = useServices();
  const notify = useNotify();
  const scheduler = useBackupScheduler();
  const state = useBackupState();
  const openEvaluationId = state.evaluationId;
  const evaluations = useEvaluations(repos);
  const [location, setLocation] = useState<BackupLocation | null>(null);
  const [backups, setBackups] = useState<StoredBackup[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    platform.backups.location().then((where) => live && setLocation(where), () => undefined);
    platform.backups.list().then(
      (list) => {
        if (!live) return;
        setBackups(list);
        setProblem(null);
      },
      (error: unknown) => live && setProblem(t('ui.backups.listFailed', { detail: errorDetail(t, error) })),
    );
    return () => {
      live = false;
    };
  }, [platform, state.lastBackupAt, reload, evaluations, t]);

  const titles = useMemo(() => new Map((evaluations ?? []).map((e) => [e.id, e.title])), [evaluations]);
  const groups = useMemo(() => groupBackups(backups ?? [], titles, openEvaluationId), [backups, titles, openEvaluationId]);

  const chooseFolder = async () => {
    if (platform.backups.chooseFolder && (await platform.backups.chooseFolder())) {
      notify(t('ui.backups.folderChosen'));
      setReload((n) => n + 1);
    }
  };

  return (
    <div className="panel backups-panel" aria-labelledby="backups-heading" role="region">
      <h2 id="backups-heading">{t('ui.backups.heading')}</h2>
      <p className="muted small">{t('ui.backups.lead')}</p>
      {location && <p className="small">{t(whereKey(location), { path: location.kind === 'folder' ? location.path : '' })}</p>}
      {platform.backups.chooseFolder && (
        <button type="button" onClick={() => void chooseFolder()}>
          {t('ui.backups.chooseFolder')}
        </button>
      )}
      <p>
        <button type="button" className="primary" disabled={!openEvaluationId || state.running} onClick={() => void scheduler.backupNow()}>
          {state.running ? t('ui.backups.backingUp') : t('ui.backups.backupNow')}
        </button>{' '}
        {!openEvaluationId && <span className="muted small">{t('ui.backups.noOpen')}</span>}
        {openEvaluationId && state.lastBackupAt && <span className="muted small">{t('ui.backups.lastBackup', { time: formatDateTime(state.lastBackupAt) })}</span>}
      </p>
      <BackupEncryption />
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {backups && backups.length === 0 && <p className="muted">{t('ui.backups.none')}</p>}
      <BackupList groups={groups} unknownTitle={(id) => t('ui.backups.unknownEvaluation', { id })} />
    </div>
  );
}
