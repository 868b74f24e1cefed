import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFieldsOf } from '../../../shared/coding/editCode';
import type { Code, Id } from '../../../shared/domain';
import { codingSetup } from './codingSetup';
import { openHarness, snapshot, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

async function code(h: Harness, id: Id): Promise<Code> {
  const found = await h.db.codes.get(id);
  if (!found) throw new Error(`no code ${id}`);
  return found;
}

describe('codebook.edit (a form saving what it changed)', () => {
  it('writes only the fields the form changed, as a step recording exactly those, leaving a change made elsewhere', async () => {
    harness = openHarness('codebook-edit-patch');
    const { repos, db } = harness;
    const { natverk } = await codingSetup(harness);
    const opened = await code(harness, natverk);
    // Another window changes the definition while the form is open.
    await repos.codebook.update(natverk, { definitionSv: 'Ändrad i ett annat fönster.' });
    const stored = await code(harness, natverk);
    const { step, conflicts } = await repos.codebook.edit(natverk, { base: codeFieldsOf(opened), edited: { ...codeFieldsOf(opened), labelSv: 'Kontakter' } });
    expect(conflicts).toEqual([]);
    expect(step?.changes).toEqual([{ table: 'codes', id: natverk, before: stored, after: { ...stored, labelSv: 'Kontakter' } }]);
    expect(await db.codes.get(natverk)).toMatchObject({ labelSv: 'Kontakter', definitionSv: 'Ändrad i ett annat fönster.' });
  });

  it('returns the conflict and writes nothing (no step) when the same field was changed elsewhere', async () => {
    harness = openHarness('codebook-edit-conflict');
    const { repos, db } = harness;
    const { natverk } = await codingSetup(harness);
    const opened = await code(harness, natverk);
    await repos.codebook.update(natverk, { labelSv: 'Deras namn' });
    const snap = await snapshot(db);
    const result = await repos.codebook.edit(natverk, { base: codeFieldsOf(opened), edited: { ...codeFieldsOf(opened), labelSv: 'Mitt namn' } });
    expect(result).toEqual({ step: null, conflicts: [{ field: 'labelSv', mine: 'Mitt namn', theirs: 'Deras namn' }] });
    expect(await snapshot(db)).toEqual(snap);
  });
});
