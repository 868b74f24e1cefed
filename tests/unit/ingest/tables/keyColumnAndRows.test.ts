import { describe, expect, it } from 'vitest';
import { emptyProjectInput, type Project } from '../../../../shared/domain';
import { projectMatcher } from '../../../../shared/ingest/tables/linkRows';
import type { TableProblem } from '../../../../shared/ingest/tables/tableTypes';
import type { TableColumn } from '../../../../shared/domain/tableValues';
import { countMatched, guessKeyColumn } from '../../../../shared/ingest/tables/keyColumn';
import { needsSkipConsent, rowsToKeep } from '../../../../shared/ingest/tables/rowsToKeep';

function project(id: string, name: string, code: string): Project {
  return { ...emptyProjectInput(), id, evaluationId: 'e', name, code, createdAt: '', updatedAt: '' };
}
const column = (name: string, type: TableColumn['type'] = 'text'): TableColumn => ({ name, originalName: name, type });

const projects = [project('p1', 'Älvdalen växer', 'NDS-01'), project('p2', 'Mora möts', 'NDS-02')];
const match = projectMatcher(projects, []);

describe('guessKeyColumn', () => {
  it('picks the column whose values match the most projects (codes or names)', () => {
    const columns = [column('År', 'integer'), column('Kommentar'), column('Projekt')];
    const rows = [
      [2024, 'NDS-01 bra', 'nds 01'],
      [2024, 'x', 'Mora möts'],
      [2025, 'Mora möts', 'okänt'],
    ];
    expect(guessKeyColumn(columns, rows, match)).toBe(2);
  });

  it('finds no key column when nothing matches', () => {
    expect(guessKeyColumn([column('A'), column('B')], [['x', 'y']], match)).toBeNull();
  });

  it('uses remembered matches', () => {
    const remembered = projectMatcher(projects, [{ evaluationId: 'e', key: 'moramots2', projectId: 'p2' }]);
    expect(guessKeyColumn([column('A'), column('B')], [['x', 'Mora-möts 2']], remembered)).toBe(1);
  });

  it('counts matched, unmatched and empty keys', () => {
    const rows = [['NDS-01'], ['NDS-99'], [null], ['  ']];
    expect(countMatched(rows, 0, match)).toEqual({ matched: 1, unmatched: 1, empty: 2 });
  });
});

describe('rowsToKeep and consent', () => {
  const problem = (code: TableProblem['code'], line: number | null): TableProblem => ({ code, line });

  it('needs consent for ragged rows, unclosed quotes and type mismatches, not for renames or a preamble', () => {
    expect(needsSkipConsent([problem('headerRenamed', null), problem('preambleSkipped', null), problem('decodedAsWindows1252', null)])).toBe(false);
    expect(needsSkipConsent([problem('mixedEncodings', null)])).toBe(false);
    expect(needsSkipConsent([problem('typeMismatch', 3)])).toBe(true);
    expect(needsSkipConsent([problem('raggedRow', 3)])).toBe(true);
  });

  it('leaves out rows on lines with an unreadable-row problem and keeps mismatched rows', () => {
    const table = { rows: [['a'], ['b'], [null]], rowLines: [2, 3, 5], problems: [problem('raggedRow', 3), problem('typeMismatch', 5)] };
    expect(rowsToKeep(table)).toEqual([
      { values: ['a'], line: 2 },
      { values: [null], line: 5 },
    ]);
  });
});
