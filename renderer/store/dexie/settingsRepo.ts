import type { ReportLanguage } from '../../../shared/domain';
import { isOneOf } from '../../../shared/base/guards';
import { REPORT_LANGUAGES } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';

export function createSettingsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  return {
    async language(): Promise<ReportLanguage | null> {
      const record = await db.settings.get('language');
      return isOneOf(REPORT_LANGUAGES, record?.value) ? record.value : null;
    },
    async setLanguage(language: ReportLanguage): Promise<void> {
      await db.settings.put({ key: 'language', value: language, updatedAt: deps.now() });
    },
    /** The name evidence and the audit log are signed with; empty until the evaluator sets it. */
    async coderName(): Promise<string> {
      const record = await db.settings.get('coderName');
      return typeof record?.value === 'string' ? record.value : '';
    },
    async setCoderName(name: string): Promise<void> {
      await db.settings.put({ key: 'coderName', value: name.trim().slice(0, 100), updatedAt: deps.now() });
    },
    /** Whether the evaluator has put away the notice that the browser refused persistent storage. */
    async persistNoticeDismissed(): Promise<boolean> {
      return (await db.settings.get('persistNoticeDismissed'))?.value === true;
    },
    async dismissPersistNotice(): Promise<void> {
      await db.settings.put({ key: 'persistNoticeDismissed', value: true, updatedAt: deps.now() });
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
