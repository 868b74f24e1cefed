import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit';
import type { AgreementRun } from '../../../shared/domain/agreementRun';
import type { Segment } from '../../../shared/domain/segment';
import { buildReportDocument } from '../../../shared/report/model/buildReport';
import { demoInput, sectionBlocks } from './demoReport';

function paragraphs(blocks: ReturnType<typeof sectionBlocks>): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.inlines.map((i) => ('text' in i ? i.text : '')).join('')] : []));
}

describe('the method section', () => {
  const input = demoInput('sv');

  it('lists every document in a table, and the frameworks judged, coded or written about with their codes', () => {
    const blocks = sectionBlocks(buildReportDocument(input), 'Metod och material');
    const documents = blocks.find((b) => b.kind === 'table' && b.caption === 'Dokument i materialet');
    expect(documents?.kind === 'table' ? documents.rows.length : 0).toBe(input.documents.length);
    const frameworks = blocks.find((b) => b.kind === 'table' && b.caption === 'Ramverk och koder som använts i analysen');
    expect(frameworks?.kind === 'table' ? frameworks.rows.map((r) => r[0]?.inlines) : []).toEqual(
      ['Resultatmatris', 'Faktorer som främjar lärande', 'Framgångsfaktorer', 'Förutsättningar för samverkan (LNU)', 'Flernivåstyre'].map((text) => [{ text }]),
    );
  });

  it('says that no agreement is computed with one coder, and computes it where two coded the same document', () => {
    // The demo's second coder left out: one coder.
    const one = { ...input, segments: input.segments.filter((s) => s.coder === 'Karin Lindqvist') };
    expect(paragraphs(sectionBlocks(buildReportDocument(one), 'Metod och material'))).toContain('Interbedömarreliabilitet har inte beräknats, eftersom inget dokument har kodats av två kodare.');
    const first = one.segments[0] as Segment;
    const twin: Segment = { ...first, id: 'second-coder', coder: 'Omar Haddad' };
    const document = buildReportDocument({ ...one, segments: [...one.segments, twin] });
    const text = paragraphs(sectionBlocks(document, 'Metod och material')).find((p) => p.startsWith('Interbedömarreliabilitet: i 1 dokument'));
    expect(text).toMatch(/\(jämförda par: 1\) kodades \d+(,\d)? procent av den kodade texten lika/);
    const coders = sectionBlocks(document, 'Metod och material').find((b) => b.kind === 'table' && b.caption === 'Kodade belägg per kodare');
    expect(coders?.kind === 'table' ? coders.rows.map((r) => r[0]?.inlines) : []).toEqual([[{ text: 'Karin Lindqvist' }], [{ text: 'Omar Haddad' }]]);
  });

  it('states the newest kept agreement measurement of each unit, before and after resolution, in place of the overlap', () => {
    const code = input.codes.find((c) => c.labelSv === 'Hög delaktighet');
    if (!code) throw new Error('no code');
    const figures = (percent: number, kappa: number | null, alpha: number) => ({ units: 40, disagreements: 4, percent, kappa, alpha });
    const run = (unit: AgreementRun['unit'], createdAt: string, resolved: number): AgreementRun => ({
      id: `run-${unit}-${createdAt}`,
      evaluationId: input.evaluation.id,
      unit,
      coders: ['Karin Lindqvist', 'Omar Haddad'],
      documentIds: ['d1', 'd2'],
      before: { overall: figures(0.9, 0.61234, 0.6), codes: [{ codeId: code.id, ...figures(0.75, 0.5, 0.48) }] },
      after: { overall: figures(0.95, 0.8, 0.79), codes: [{ codeId: code.id, ...figures(1, null, 1) }] },
      resolved,
      open: 3,
      createdAt,
    });
    const runs = [run('paragraph', '2026-12-01T10:00:00.000Z', 0), run('paragraph', '2026-12-02T10:00:00.000Z', 2), run('document', '2026-11-30T10:00:00.000Z', 1)];
    const blocks = sectionBlocks(buildReportDocument({ ...input, agreementRuns: runs }), 'Metod och material');
    const text = paragraphs(blocks);
    expect(text).toContain('Samstämmigheten mellan kodarna Karin Lindqvist, Omar Haddad mättes i 2 dokument med stycke som enhet (jämförda enheter, koderna sammantagna: 40).');
    expect(text).toContain('Före avgörandena var 90,0 procent av enheterna kodade lika; Cohens kappa var 0,612 och Krippendorffs alfa (nominal) 0,600.');
    expect(text).toContain('2 oenigheter avgjordes i en gemensam kodning (öppna kvar: 3); med avgörandena var 95,0 procent lika, kappa 0,800 och alfa 0,790. Kodarnas egna kodningar är oförändrade.');
    // The newest of each unit only: the paragraph run of 1 December is left out, the document run is stated.
    expect(text.filter((p) => p.startsWith('Samstämmigheten mellan kodarna'))).toHaveLength(2);
    expect(text).not.toContain('Inga oenigheter hade avgjorts när mätningen sparades.');
    expect(text.some((p) => p.startsWith('Interbedömarreliabilitet'))).toBe(false);
    const tableBlock = blocks.find((b) => b.kind === 'table' && b.caption === 'Samstämmighet per kod (stycke), före → efter avgörandena');
    expect(tableBlock?.kind === 'table' ? tableBlock.rows.map((r) => r.map((c) => c.inlines.map((i) => ('text' in i ? i.text : '')).join(''))) : []).toEqual([
      ['Alla koder', '90,0 → 95,0', '0,612 → 0,800', '0,600 → 0,790'],
      ['Hög delaktighet', '75,0 → 100,0', '0,500 → –', '0,480 → 1,000'],
    ]);
    const english = paragraphs(sectionBlocks(buildReportDocument({ ...demoInput('en'), agreementRuns: runs }), 'Method and material'));
    expect(english).toContain('Agreement between the coders Karin Lindqvist, Omar Haddad was measured in 2 documents with the paragraph as the unit (units compared, all codes together: 40).');
  });

  it('counts the automatically coded passages from the audit log', () => {
    const entry = (action: AuditEntry['action'], segmentIds: string[]): AuditEntry => ({ id: `a-${action}`, evaluationId: input.evaluation.id, at: '2026-12-01T10:00:00.000Z', coder: 'Karin Lindqvist', action, of: null, codeIds: [], segmentIds, dataCodingIds: [], summary: '' });
    const auditLog = [entry('autoCode', ['s1', 's2', 's3']), entry('code', ['s4'])];
    const text = paragraphs(sectionBlocks(buildReportDocument({ ...input, auditLog }), 'Metod och material'));
    expect(text).toContain('3 passager kodades automatiskt (sökträffar kodade i ett steg) och granskades därefter.');
    expect(paragraphs(sectionBlocks(buildReportDocument(input), 'Metod och material'))).toContain('Ingen passage har kodats automatiskt; all kodning är gjord för hand.');
  });
});
