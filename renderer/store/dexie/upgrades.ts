import type { Transaction } from 'dexie';
import type { ImportWarning } from '../../../shared/domain/importWarning';
import { wordCount } from '../../../shared/text/wordCount';

/**
 * v1 → v2: every document becomes the first and current version of itself, with its format, page and
 * word counts. v1 imported only UTF-8 plain text, so the format is txt and there are no pages.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const texts = new Map<string, string>();
  await tx
    .table('documentTexts')
    .each((record: { documentId: string; text: string }) => texts.set(record.documentId, record.text));
  await tx
    .table('documents')
    .toCollection()
    .modify((document: Record<string, unknown>) => {
      const id = document.id as string;
      document.format = 'txt';
      document.pageCount = null;
      document.wordCount = wordCount(texts.get(id) ?? '');
      document.authorOrganisation = '';
      document.versionGroupId = id;
      document.version = 1;
      document.supersededBy = null;
      const warnings = Array.isArray(document.warnings) ? document.warnings : [];
      document.warnings = warnings.filter((w): w is ImportWarning => typeof w === 'object' && w !== null && 'code' in w);
    });
}

/** v3 → v4: every code gets empty inclusion and exclusion notes and example, in both languages. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('codes')
    .toCollection()
    .modify((code: Record<string, unknown>) => {
      for (const field of ['inclusionSv', 'inclusionEn', 'exclusionSv', 'exclusionEn', 'exampleSv', 'exampleEn']) {
        if (typeof code[field] !== 'string') code[field] = '';
      }
    });
}

function judgeable(record: Record<string, unknown>): void {
  if (typeof record.memo !== 'string') record.memo = '';
  if (!('strength' in record)) record.strength = null;
  if (!('direction' in record)) record.direction = null;
  if (typeof record.coder !== 'string') record.coder = '';
}

/** v4 → v5: evidence gets no strength or direction yet and an unknown coder; codes get no shortcut. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx.table('segments').toCollection().modify(judgeable);
  await tx.table('dataCodings').toCollection().modify(judgeable);
  await tx
    .table('codes')
    .toCollection()
    .modify((code: Record<string, unknown>) => {
      if (!('shortcut' in code)) code.shortcut = null;
    });
}
