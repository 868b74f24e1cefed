// Tracked changes read as accepted, and page numbers from rendered or explicit page breaks.
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../shared/ingest/documents/docx/importDocx';
import { explicitPagesDocx, renderedPagesDocx, trackedChangesDocx } from '../../../../fixtures/docx/handWrittenDocx';
import { blockViews, importOptions } from './importHelpers';

describe('importDocx: tracked changes', () => {
  const document = importDocx(trackedChangesDocx(), importOptions());

  it('shows the document as if every change were accepted', () => {
    expect(blockViews(document).map(({ kind, text, cell }) => [kind, text, cell?.row])).toEqual([
      ['paragraph', 'Projektet har nått målen.', undefined],
      ['paragraph', 'Första delen och andra delen.', undefined], // the deleted paragraph mark joins them
      ['paragraph', 'Nytt stycke.', undefined],
      ['paragraph', 'Slutet.', undefined],
      ['paragraph', 'Flyttad mening.', undefined], // moved: only where it went
      ['tableCell', 'Rad ett', 0],
      ['tableCell', 'Rad tre', 1], // the deleted row is gone and takes no row number
      ['paragraph', 'Formatändring.', undefined], // old formatting (a heading style) is not read
    ]);
    expect(document.text).not.toContain('inte');
    expect(document.text).not.toContain('Borttagen');
  });

  it('warns with the number of insertions and deletions (moves count as both)', () => {
    expect(document.warnings).toEqual([{ code: 'trackedChangesAccepted', values: { insertions: 3, deletions: 4 } }]);
  });
});

describe('importDocx: pages', () => {
  it('numbers pages from w:lastRenderedPageBreak, splitting a paragraph at a break, and not counting explicit breaks twice', () => {
    const document = importDocx(renderedPagesDocx(), importOptions());
    expect(blockViews(document).map(({ text, page }) => [text, page])).toEqual([
      ['Sida ett.', '1'],
      ['Slutet av sida ett,', '1'],
      ['början av sida två.', '2'],
      ['Sida tre efter en manuell sidbrytning.', '3'],
      ['A1', '3'],
      ['B1', '3'],
      ['A2', '4'], // each cell of the row that breaks marks the break; the row is on page 4 once
      ['B2', '4'],
      ['Efter tabellen, sida fyra.', '4'],
    ]);
    expect(document.pageCount).toBe(4);
  });

  it('without rendered breaks, numbers pages from page breaks, page-break-before (direct or by style) and new-page sections', () => {
    const document = importDocx(explicitPagesDocx(), importOptions());
    expect(blockViews(document).map(({ text, page }) => [text, page])).toEqual([
      ['Sida ett.', '1'], // page-break-before on the first paragraph makes no empty page
      ['Före brytningen', '1'],
      ['efter brytningen.', '2'],
      ['Kapitel', '3'],
      ['Sista stycket i avsnitt ett.', '3'],
      ['Avsnitt två.', '4'],
      ['Avsnitt tre.', '4'], // its section is continuous
    ]);
    expect(document.pageCount).toBe(4);
  });

  it('leaves pages null when the document has no page breaks at all', () => {
    const document = importDocx(trackedChangesDocx(), importOptions());
    expect(document.blocks.every((block) => block.page === null)).toBe(true);
    expect(document.pageCount).toBeNull();
  });
});
