// writeQdpx's project.qde against the official REFI-QDA Project schema (QDA-XML 1.0, Project-mrt2019.xsd),
// validated by libxml2 (xmllint-wasm). The schema lives in ../shared/corpus/refi beside the repository and is
// never copied into it: where it is missing these tests are skipped, and say so in their names.
import { describe, expect, it } from 'vitest';
import { writeQdpx } from '../../../../shared/exchange/refi';
import { qdpxGuids } from '../../../../shared/exchange/refi/qdpxGuids';
import { demoEvaluationSnapshot } from '../../../support/evaluationFileFixtures';
import { elementsNamed, readQdpxForTest } from '../../../support/qdpxProject';
import { documentRecord, evaluationRecord, miniSnapshot, projectRecord, segmentAt, someCodes } from './qdpxFixtures';
import { projectXsdExists, validateAgainstProjectXsd } from './refiFixtures';

const SKIPPED = projectXsdExists ? '' : ' (SKIPPED: ../shared/corpus/refi/Project-mrt2019.xsd is not beside the repository)';
const OPTIONS = { language: 'sv' as const, origin: 'Spårbar 0.1.0', now: '2026-04-01T10:00:00.000Z' };

describe(`writeQdpx against the REFI-QDA Project schema${SKIPPED}`, () => {
  it.skipIf(!projectXsdExists)('exports the demo evaluation as a valid project with every document, passage, code and project', async () => {
    const snapshot = demoEvaluationSnapshot();
    const read = readQdpxForTest(writeQdpx(snapshot, OPTIONS));
    expect(await validateAgainstProjectXsd(read.xml)).toEqual({ valid: true, errors: [] });
    const count = (table: string) => (snapshot.tables[table] ?? []).length;
    expect(count('segments')).toBeGreaterThan(10);
    expect(elementsNamed(read.project, 'TextSource')).toHaveLength(count('documents'));
    expect(elementsNamed(read.project, 'PlainTextSelection')).toHaveLength(count('segments'));
    expect(elementsNamed(read.project, 'Code')).toHaveLength(count('codes'));
    expect(elementsNamed(read.project, 'Case')).toHaveLength(count('projects'));
    const codings = (snapshot.tables.segments ?? []).reduce((sum, s) => sum + new Set(s.codeIds as string[]).size, 0);
    expect(elementsNamed(read.project, 'Coding')).toHaveLength(codings);
    // Every passage's code-point range, cut from the text under sources/, is its quote.
    const guids = qdpxGuids();
    const quotes = new Map((snapshot.tables.segments ?? []).map((s) => [guids.ofRecord('segment', s.id as string), (s.quote as { exact: string }).exact]));
    let checked = 0;
    for (const source of elementsNamed(read.project, 'TextSource')) {
      const text = Array.from(read.sourceText(source.attributes.plainTextPath as string));
      for (const selection of elementsNamed(source, 'PlainTextSelection')) {
        const cut = text.slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition)).join('');
        expect(cut).toBe(quotes.get(selection.attributes.guid as string));
        checked++;
      }
    }
    expect(checked).toBe(count('segments'));
  });

  it.skipIf(!projectXsdExists)('writes hostile names, memos, odd ids, a PDF, projects with every register field and a passage about a project in a programme document as a valid project', async () => {
    const text = 'Rubrik & <intro>\r\nÅtgärd 😀 klar. ctrl\u0001 e\u0301 slut';
    const pdf = new TextEncoder().encode('%PDF-1.4\n%fake\n');
    const codes = someCodes(4);
    const snapshot = miniSnapshot({
      evaluation: evaluationRecord({ title: 'Utvärdering\u0007 "Växa" & <lära>', evaluators: ['Anna Andersson', 'Bo "B" <Berg>', '  '] }),
      projects: [
        projectRecord('p1', { owner: 'Ägare AB', manager: 'Lisa', municipalities: ['Umeå', 'Luleå'], county: 'Norrbotten', level: 'regional', theme: 'Innovation', startDate: '2024-01-01', endDate: '2025-13-01', budgetSek: 1_250_000.5, attributes: [{ name: 'Finansiär', value: 'ERUF & <Region>' }, { name: '', value: 'x' }] }),
        projectRecord('p2', { budgetSek: 1e-7, attributes: [{ name: 'Diarienummer', value: '2024-1' }] }),
      ],
      documents: [
        { record: documentRecord('d1', { projectId: 'p1', title: 'Slutrapport\u0001 "p1" & <x>\ud800' }), text },
        { record: documentRecord('d2', { format: 'pdf', fileName: 'programme.pdf', title: '' }), text: 'Programmet 😀 i stort.', original: pdf },
      ],
      codes,
      segments: [
        segmentAt('s1', 'd1', text, 'Åtgärd 😀 klar', { codeIds: [codes[0]!.id, codes[1]!.id, codes[1]!.id, 'missing-code'], memo: 'Memo & <viktigt> 😀\r\nrad två\u0001' }),
        segmentAt('s2', 'd1', text, 'e\u0301', { coder: '', codeIds: [codes[2]!.id] }),
        segmentAt('3f2504e0-4f89-41d3-9a0c-0305e82c3301', 'd2', 'Programmet 😀 i stort.', '😀 i', { projectId: 'p2', codeIds: [codes[3]!.id], coder: 'Bo "B" <Berg>', createdAt: 'not a date' }),
      ],
    });
    const read = readQdpxForTest(writeQdpx(snapshot, OPTIONS));
    expect(await validateAgainstProjectXsd(read.xml)).toEqual({ valid: true, errors: [] });
    expect(elementsNamed(read.project, 'PDFSource')).toHaveLength(1);
    expect(elementsNamed(read.project, 'Representation')).toHaveLength(1);
    expect(elementsNamed(read.project, 'SelectionRef')).toHaveLength(1);
  });

  it.skipIf(!projectXsdExists)('writes an evaluation with nothing in it (no codes, documents or projects) as a valid project', async () => {
    const read = readQdpxForTest(writeQdpx(miniSnapshot({ documents: [], codes: [], evaluation: evaluationRecord({ evaluators: [] }) }), OPTIONS));
    expect(await validateAgainstProjectXsd(read.xml)).toEqual({ valid: true, errors: [] });
    expect(read.project.children).toEqual([]);
  });

  it.skipIf(!projectXsdExists)('the validator is not vacuous: a broken project is refused, naming what is wrong', async () => {
    const { xml } = readQdpxForTest(writeQdpx(demoEvaluationSnapshot(), OPTIONS));
    const cases: [string, string, RegExp][] = [
      ['a position that is no number', xml.replace(/startPosition="\d+"/, 'startPosition="x"'), /startPosition/],
      ['a CodeRef to no GUID', xml.replace(/<CodeRef targetGUID="[^"]+"/, '<CodeRef targetGUID="c0de"'), /targetGUID/],
      ['Sources before Cases', xml.replace(/(<Cases>[\s\S]*<\/Cases>)\n(\s*)(<Sources>[\s\S]*<\/Sources>)/, '$3\n$2$1'), /Cases.*not expected/],
    ];
    for (const [what, broken, message] of cases) {
      expect(broken, what).not.toBe(xml);
      const result = await validateAgainstProjectXsd(broken);
      expect(result.valid, what).toBe(false);
      expect(result.errors.join('\n'), what).toMatch(message);
    }
  });
});
