import { describe, expect, it } from 'vitest';
import { evidencePerCode } from '../../../../shared/analysis/codeEvidence';
import type { EvidenceItem } from '../../../../shared/analysis/evidenceItem';
import { evidencePerCodeSpec, evidencePerCodeSvg } from '../../../../shared/report/charts/codeEvidenceChart';
import { codeId, resultsMatrixCodes } from '../../../fixtures/report/evaluationFixture';

const codes = resultsMatrixCodes();
const item = (ids: string[], kind: EvidenceItem['kind'] = 'passage'): EvidenceItem => ({ kind, codeIds: ids.map(codeId), projectId: null, documentId: null, strength: null, direction: null, coder: '' });
const items = [item(['lokal.results.natverk']), item(['lokal.results.natverk'], 'row'), item(['lokal'])];
const texts = { title: 'Belägg per kod', intro: 'Stapeldiagram.', codeName: (c: (typeof codes)[number]) => c.labelSv, emptyText: 'Inga' };

describe('evidence per code of a framework', () => {
  it('counts each code in tree order, with its subtree when asked', () => {
    const own = evidencePerCode(codes, 'results-matrix', items, { projects: [], documents: [] });
    expect(own.find((r) => r.code.id === codeId('lokal.results.natverk'))?.evidence).toBe(2);
    expect(own.find((r) => r.code.id === codeId('lokal'))?.evidence).toBe(1);
    const subtree = evidencePerCode(codes, 'results-matrix', items, { projects: [], documents: [] }, undefined, true);
    expect(subtree.find((r) => r.code.id === codeId('lokal'))?.evidence).toBe(3);
  });

  it('groups by top-level code, bars named by their path below it', () => {
    const spec = evidencePerCodeSpec(evidencePerCode(codes, 'results-matrix', items, { projects: [], documents: [] }), texts);
    expect(spec.groups.map((g) => g.label)).toEqual(['Nationell nivå', 'Regional nivå', 'Lokal nivå']);
    const lokal = spec.groups[2];
    expect(lokal?.bars[0]).toEqual({ label: 'Lokal nivå', value: 1 });
    expect(lokal?.bars).toContainEqual({ label: 'Erfarenheter/Resultat › Nätverk', value: 2 });
    expect(spec.groups[0]?.bars[0]).toEqual({ label: 'Erfarenheter/Resultat', value: 0 });
    expect(evidencePerCodeSvg(evidencePerCode(codes, 'results-matrix', items, { projects: [], documents: [] }), texts)).toContain('Erfarenheter/Resultat › Nätverk');
  });
});
