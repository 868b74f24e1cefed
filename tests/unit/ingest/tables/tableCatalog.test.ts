import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../../shared/i18n';
import { TABLE_PROBLEM_CODES } from '../../../../shared/ingest/tables/tableTypes';
import { TABLE_ERROR_CODES } from '../../../../shared/domain/importError';

describe('table catalogs', () => {
  it('have a Swedish and an English message for every problem and error code', () => {
    for (const catalog of [sv, en]) {
      for (const code of TABLE_PROBLEM_CODES) expect(catalog.tableProblem[code], code).toMatch(/\S/);
      for (const code of TABLE_ERROR_CODES) expect(catalog.tableError[code], code).toMatch(/\{\{name\}\}/);
    }
  });
});
