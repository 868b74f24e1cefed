import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit';
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

  it('counts the automatically coded passages from the audit log', () => {
    const entry = (action: AuditEntry['action'], segmentIds: string[]): AuditEntry => ({ id: `a-${action}`, evaluationId: input.evaluation.id, at: '2026-12-01T10:00:00.000Z', coder: 'Karin Lindqvist', action, of: null, codeIds: [], segmentIds, dataCodingIds: [], summary: '' });
    const auditLog = [entry('autoCode', ['s1', 's2', 's3']), entry('code', ['s4'])];
    const text = paragraphs(sectionBlocks(buildReportDocument({ ...input, auditLog }), 'Metod och material'));
    expect(text).toContain('3 passager kodades automatiskt (sökträffar kodade i ett steg) och granskades därefter.');
    expect(paragraphs(sectionBlocks(buildReportDocument(input), 'Metod och material'))).toContain('Ingen passage har kodats automatiskt; all kodning är gjord för hand.');
  });
});
