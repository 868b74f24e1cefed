import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CodebookError } from '../../../renderer/store/dexie/codebookRepo';
import { codingSetup, rangeOf, segmentOf } from './codingSetup';
import { auditLog, openHarness, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

describe('steps that would change nothing, or that make no sense, are refused', () => {
  it('a judgement equal to the current one is no step and no log line', async () => {
    harness = openHarness('guards-judge');
    const { repos, db } = harness;
    const { documentId, text, natverk } = await codingSetup(harness);
    const range = rangeOf(text, 'Nätverket växer');
    const segment = segmentOf(await repos.coding.code(documentId, range.start, range.end, natverk));
    expect(await repos.coding.judge(segment.id, { memo: 'M', strength: 'weak' })).not.toBeNull();
    const lines = (await auditLog(db)).length;
    expect(await repos.coding.judge(segment.id, { memo: 'M' })).toBeNull();
    expect(await repos.coding.judge(segment.id, { strength: 'weak', direction: null })).toBeNull();
    expect(await auditLog(db)).toHaveLength(lines);
    expect(await repos.coding.judge(segment.id, { direction: 'hindering' })).not.toBeNull();
  });

  it('a table judgement equal to the current one is no step', async () => {
    harness = openHarness('guards-judge-data');
    const { repos } = harness;
    const { rows, tillvaxt } = await codingSetup(harness);
    const step = await repos.coding.codeData(rows[0]!, null, tillvaxt);
    const codingId = step?.changes[0]?.id as string;
    expect(await repos.coding.judgeData(codingId, { strength: 'strong' })).not.toBeNull();
    expect(await repos.coding.judgeData(codingId, { strength: 'strong' })).toBeNull();
  });

  it('a cell outside the dataset cannot be coded', async () => {
    harness = openHarness('guards-column');
    const { repos, db } = harness;
    const { rows, tillvaxt } = await codingSetup(harness);
    const rowId = rows[0]!;
    await expect(repos.coding.codeData(rowId, 3, tillvaxt)).rejects.toThrow(/column/);
    await expect(repos.coding.codeData(rowId, -1, tillvaxt)).rejects.toThrow(/column/);
    await expect(repos.coding.codeData(rowId, 1.5, tillvaxt)).rejects.toThrow(/column/);
    expect(await db.dataCodings.count()).toBe(0);
    expect(await repos.coding.codeData(rowId, 2, tillvaxt)).not.toBeNull();
  });

  it('a code cannot be added under a parent that is not in the evaluation, and a bad colour is not stored', async () => {
    harness = openHarness('guards-add');
    const { repos, db } = harness;
    const { evaluation, results } = await codingSetup(harness);
    const other = await codingSetup(harness, 'Annan');
    const before = await db.codes.count();
    await expect(repos.codebook.add({ evaluationId: evaluation.id, parentId: 'no-such-code', frameworkId: null, texts: { labelSv: 'X' } })).rejects.toBeInstanceOf(CodebookError);
    await expect(repos.codebook.add({ evaluationId: evaluation.id, parentId: other.results, frameworkId: null, texts: { labelSv: 'X' } })).rejects.toBeInstanceOf(CodebookError);
    expect(await db.codes.count()).toBe(before);
    const { code } = await repos.codebook.add({ evaluationId: evaluation.id, parentId: results, frameworkId: null, texts: { labelSv: 'Y' }, colour: 'not-a-colour' });
    expect(code.colour).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('a code with child codes cannot be merged into another framework; a code without children can', async () => {
    harness = openHarness('guards-merge');
    const { repos, db } = harness;
    const { evaluation, results, natverk } = await codingSetup(harness);
    const { code: own } = await repos.codebook.add({ evaluationId: evaluation.id, parentId: null, frameworkId: null, texts: { labelSv: 'Egen kod' } });
    await expect(repos.codebook.merge(results, own.id)).rejects.toMatchObject({ problem: 'otherFramework' });
    expect(await db.codes.get(results)).toBeDefined();
    expect(await repos.codebook.merge(own.id, natverk)).not.toBeNull();
    expect(await db.codes.get(own.id)).toBeUndefined();
  });
});
