// Spårbar -> .qdpx -> Spårbar (issue 14): the demo evaluation written by writeQdpx and read back by
// readQdpx keeps every document text, code, passage (range, codes, coder, memo) and project (as a case).
import { describe, expect, it } from 'vitest';
import { codeLabel } from '../../../../shared/domain/codeLabel';
import type { Code, Project, Segment } from '../../../../shared/domain';
import { readQdpx, writeQdpx } from '../../../../shared/exchange/refi';
import type { EvaluationSnapshot } from '../../../../shared/exchange/evaluationFile';
import { demoEvaluationSnapshot } from '../../../support/evaluationFileFixtures';
import { readOptions } from '../../../support/refiProjects';

type Row = Record<string, unknown>;
const rows = (snapshot: EvaluationSnapshot, table: string) => (snapshot.tables[table] ?? []) as Row[];

/** The snapshot's content in terms that do not depend on ids: what must survive the trip. */
function content(snapshot: EvaluationSnapshot) {
  const codes = rows(snapshot, 'codes') as unknown as Code[];
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const path = (code: Code | undefined): string => (code ? `${path(code.parentId ? codeById.get(code.parentId) : undefined)}/${codeLabel(code, 'sv')}` : '');
  const titleOf = new Map(rows(snapshot, 'documents').map((d) => [d.id, String(d.title)]));
  const textOf = new Map(rows(snapshot, 'documentTexts').map((t) => [t.documentId, String(t.text)]));
  const projectName = new Map(rows(snapshot, 'projects').map((p) => [p.id, String(p.name)]));
  const documentProject = new Map(rows(snapshot, 'documents').map((d) => [d.id, d.projectId === null ? null : projectName.get(d.projectId as string)]));
  const segments = rows(snapshot, 'segments') as unknown as Segment[];
  return {
    documents: [...titleOf].map(([id, title]) => ({ title, text: textOf.get(id), project: documentProject.get(id) ?? null })).sort((a, b) => a.title.localeCompare(b.title)),
    codes: codes.map((code) => path(code)).sort(),
    passages: segments
      .map((s) => ({
        document: titleOf.get(s.documentId),
        start: s.position.start,
        end: s.position.end,
        quote: s.quote.exact,
        codes: s.codeIds.map((id) => path(codeById.get(id))).sort(),
        coder: s.coder,
        memo: s.memo,
        project: s.projectId === null ? null : (projectName.get(s.projectId) ?? null),
      }))
      .sort((a, b) => `${a.document}|${a.start}|${a.end}|${a.coder}`.localeCompare(`${b.document}|${b.start}|${b.end}|${b.coder}`)),
    cases: (rows(snapshot, 'projects') as unknown as Project[]).map((p) => ({ name: p.name, code: p.code, owner: p.owner, manager: p.manager, county: p.county, theme: p.theme, startDate: p.startDate, endDate: p.endDate })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe('REFI-QDA round trip', () => {
  it('keeps every document text, code, passage, memo and case of the demo evaluation', async () => {
    const demo = demoEvaluationSnapshot();
    const bytes = writeQdpx(demo, { language: 'sv', origin: 'Spårbar test', now: '2026-12-07T10:00:00.000Z' });
    const read = await readQdpx(bytes, readOptions());
    if (!read.ok) throw new Error(`refused: ${read.error}`);
    const before = content(demo);
    const after = content(read.snapshot);
    // The test is worth something only if the demo has all of these.
    expect(before.documents.length).toBeGreaterThan(3);
    expect(before.passages.length).toBeGreaterThan(50);
    expect(before.passages.some((p) => p.memo !== '')).toBe(true);
    expect(before.cases.length).toBeGreaterThan(1);
    expect(after.documents).toEqual(before.documents);
    expect(after.codes).toEqual(before.codes);
    expect(after.passages).toEqual(before.passages);
    expect(after.cases).toEqual(before.cases);
    expect(read.report.lost).toEqual([]);
  });
});

describe('REFI-QDA case variables', () => {
  it('fill register fields when named like them and their values fit; the rest are own attributes', async () => {
    const { caseFieldReader } = await import('../../../../shared/exchange/refi/refiCaseFields');
    const read = caseFieldReader([
      { guid: 'v1', name: 'Projektkod' },
      { guid: 'v2', name: 'Startdatum' },
      { guid: 'v3', name: 'Beviljad budget (kr)' },
      { guid: 'v4', name: 'Nivå' },
      { guid: 'v5', name: 'Finansiär' },
      { guid: 'v6', name: 'Slutdatum' },
    ]);
    const fields = read({
      guid: 'c',
      name: 'Projekt',
      description: '',
      sourceGuids: [],
      selectionGuids: [],
      values: [
        { variableGuid: 'v1', value: ' MB-1 ' },
        { variableGuid: 'v2', value: '2024-03-01' },
        { variableGuid: 'v3', value: '1250000.5' },
        { variableGuid: 'v4', value: 'Regional nivå' },
        { variableGuid: 'v5', value: 'Tillväxtverket' },
        { variableGuid: 'v6', value: 'i höst' },
        { variableGuid: 'okänd', value: 'x' },
      ],
    });
    expect(fields.fields).toEqual({ code: 'MB-1', startDate: '2024-03-01', budgetSek: 1_250_000.5, level: 'regional' });
    // A date that is no date stays, as an own attribute, not lost.
    expect(fields.attributes).toEqual([{ name: 'Finansiär', value: 'Tillväxtverket' }, { name: 'Slutdatum', value: 'i höst' }]);
    expect(fields.used).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
  });
});
