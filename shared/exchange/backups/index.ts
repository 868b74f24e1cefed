/** Automatic backups: which to keep, when one is due, and the note kept beside each. */
export { backupsToKeep, KEEP_DAILY_DAYS, KEEP_LAST } from './backupRetention';
export { BACKUP_INTERVAL_MS, backupDue, latestTime, type BackupClock, type BackupReason } from './backupSchedule';
export { backupMetaOf } from './backupMeta';
export { changeMark, type ChangeFacts, type MarkedRecords } from './changeMark';
