import { describe, expect, it } from 'vitest';
import { buildEvidenceTable } from '../../../shared/report/model/evidenceTable';
import { reportContext } from '../../../shared/report/model/reportContext';
import { formatReportSource } from '../../../shared/report/model/citation';
import type { ReportInput } from '../../../shared/report/model/reportInput';
import { fixtureReportInput } from '../../fixtures/report/reportInputFixture';
import { documents, projects, segmentFor, sourceDocument } from '../../fixtures/report/evaluationFixture';

// The programme's idea book: a document of the programme as a whole, with passages about two projects and one about the programme.
const ideaBook = sourceDocument({
  id: 'd-idebok',
  projectId: null,
  type: 'ovrigt',
  date: '2012-06-01',
  title: 'Idébok för Fyrbodal',
  pages: [
    { page: '3', paragraphs: ['Programmet som helhet har stärkt samverkan mellan kommunerna i regionen.'] },
    { page: '4', paragraphs: ['I Åsele har näringslivsforumet gett nya nätverk mellan företagen.'] },
  ],
});
const programmeQuote = 'Programmet som helhet har stärkt samverkan mellan kommunerna i regionen.';
const aseleQuote = 'I Åsele har näringslivsforumet gett nya nätverk mellan företagen.';
const category = 'lokal.results.natverk';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const aboutProgramme = segmentFor(ideaBook, programmeQuote, [category], { id: 's-programme' });
  const aboutAsele = { ...segmentFor(ideaBook, aseleQuote, [category], { id: 's-asele' }), projectId: 'p-asele' };
  return fixtureReportInput({ documents: [...documents, ideaBook], segments: [aboutProgramme, aboutAsele], ...overrides });
}

/** The report's quotes, in its stable order (the projects' first, the programme's last), with where they are from. */
function quotes(report: ReportInput) {
  return reportContext(report).quotes.map((q) => ({ ...q, source: formatReportSource(q, report.language) }));
}

describe('citations of passages in a programme document', () => {
  it('cite the passage’s project where it has one, and the programme with the document’s title where not', () => {
    expect(quotes(input()).map((q) => [q.segmentId, q.projectId, q.source])).toEqual([
      ['s-asele', 'p-asele', 'Åsele näringslivsforum, ”Idébok för Fyrbodal” (Övrigt, 2012-06-01), s. 4'],
      ['s-programme', null, 'Programmet, ”Idébok för Fyrbodal” (Övrigt, 2012-06-01), s. 3'],
    ]);
    expect(quotes(input({ language: 'en' }))[1]?.source).toBe('The programme, “Idébok för Fyrbodal” (Other, 2012-06-01), p. 3');
  });

  it('list the programme in the evidence table', () => {
    const { documents: docs, segments, codes } = input();
    const rows = buildEvidenceTable({ language: 'sv', projects, documents: docs, codes, segments, dataCodings: [], datasets: [], rows: [], judgements: [], scales: [] });
    expect(rows.map((r) => [r.evidenceId, r.projectName])).toEqual(
      expect.arrayContaining([
        ['s-programme', 'Programmet'],
        ['s-asele', 'Åsele näringslivsforum'],
      ]),
    );
  });
});

describe('the report counts twins once', () => {
  it('quotes a passage coded alike in a document and its twin once, and one coded only in the twin', () => {
    const twin = { ...ideaBook, id: 'd-idebok-docx', fileName: 'idebok.docx', duplicateOf: 'd-idebok', duplicateSimilarity: 0.97 };
    const base = input();
    const again = { ...segmentFor(twin, aseleQuote, [category], { id: 's-asele-twin' }), projectId: 'p-asele' };
    const onlyInTwin = segmentFor(twin, programmeQuote, ['lokal.results.goda-exempel'], { id: 's-only-twin' });
    const together = quotes({ ...base, documents: [...base.documents, twin], segments: [...base.segments, again, onlyInTwin] });
    expect(together.map((q) => q.segmentId).sort()).toEqual(['s-asele', 's-only-twin', 's-programme']);
    // Unmarked, the twin's passage counts too.
    const apart = quotes({ ...base, documents: [...base.documents, { ...twin, duplicateOf: null }], segments: [...base.segments, again, onlyInTwin] });
    expect(apart).toHaveLength(4);
  });
});
