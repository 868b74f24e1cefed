import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Id, Segment } from '../../../shared/domain';
import { selectorsFor } from '../../../shared/text/selectors';
import { wordCount } from '../../../shared/text/wordCount';
import { rangeOf, segmentOf } from './codingSetup';
import { codeIdOf, evaluationInput, importText, openHarness, parsedText, projectInput, snapshot, utf8, type Harness } from './harness';

let harness: Harness;

afterEach(() => {
  harness?.db.close();
});

const LATER = '2026-12-01T08:00:00.000Z';

const OLD =
  'Delrapport 2\n\nBakgrund\n\nProjektet har prövat leverantörsträffar inför tre upphandlingar i Aneby, Eksjö och Sävsjö.\n\n' +
  'Resultat\n\nResultatet blev fler anbud från lokala företag än tidigare år. Nätverket växer.\n\nFortsättning\n\nArbetet fortsätter 2025.';

async function setup(h: Harness) {
  const { repos } = h;
  const evaluation = await repos.evaluations.create(evaluationInput());
  const project = await repos.projects.add(evaluation.id, projectInput('Smart upphandling på Höglandet'));
  const documentId = await importText(repos, evaluation.id, project.id, OLD);
  const natverk = await codeIdOf(repos, evaluation.id, 'lokal.results.natverk');
  await repos.settings.setCoderName('Karin Lindqvist');
  return { evaluation, project, documentId, natverk };
}

/** Codes a phrase and gives it a judgement, so the test sees both travel with it. */
async function coded(h: Harness, documentId: Id, phrase: string, codeId: Id): Promise<Segment> {
  const { start, end } = rangeOf(OLD, phrase);
  const segment = segmentOf(await h.repos.coding.code(documentId, start, end, codeId));
  return segmentOf(await h.repos.coding.judge(segment.id, { memo: `Om ${phrase}`, strength: 'moderate', direction: 'promoting' }));
}

async function replace(h: Harness, evaluationId: Id, projectId: Id, documentId: Id, text: string) {
  const bytes = utf8(text);
  h.deps.setNow(LATER);
  const result = await h.repos.documents.store({
    evaluationId,
    projectId,
    type: 'delrapport',
    date: '2024-06-30',
    title: 'Delrapport 2 (reviderad)',
    authorOrganisation: '',
    fileName: 'delrapport-2-rev.txt',
    mimeType: 'text/plain',
    bytes,
    imported: parsedText(bytes),
    wordCount: wordCount(text),
    allowDuplicate: false,
    replaces: documentId,
  });
  if (result.status !== 'imported') throw new Error('not imported');
  return { id: result.document.id, anchors: result.anchors };
}

/** The segment as re-anchored in the new text: new document, offsets and quote; codes and judgement kept. */
function movedTo(segment: Segment, documentId: Id, projectId: Id, text: string, phrase: string): Segment {
  const { start, end } = rangeOf(text, phrase);
  return { ...segment, documentId, projectId, ...selectorsFor(text, start, end), updatedAt: LATER };
}

describe('re-anchoring coded passages when a document is replaced', () => {
  it('moves a passage after an edit before it, with the new offsets and quote', async () => {
    harness = openHarness('reanchor-before');
    const { repos, db } = harness;
    const { evaluation, project, documentId, natverk } = await setup(harness);
    const segment = await coded(harness, documentId, 'Resultatet blev fler anbud från lokala företag än tidigare år.', natverk);
    const edited = OLD.replace('Bakgrund\n\n', 'Bakgrund och syfte\n\nEtt nytt stycke om syftet med projektet.\n\n');
    const { id, anchors } = await replace(harness, evaluation.id, project.id, documentId, edited);

    expect(anchors).toEqual({ moved: 1, kept: 0 });
    const expected = movedTo(segment, id, project.id, edited, 'Resultatet blev fler anbud från lokala företag än tidigare år.');
    // Everything the edit added lies before the passage.
    expect(expected.position.start).toBe(segment.position.start + edited.length - OLD.length);
    expect(expected.position.start).toBeGreaterThan(segment.position.start);
    expect(await db.segments.get(segment.id)).toEqual(expected);
    expect(edited.slice(expected.position.start, expected.position.end)).toBe(segment.quote.exact);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([]);
  });

  it('moves a passage after an edit right after it: the same offsets, the new suffix', async () => {
    harness = openHarness('reanchor-after');
    const { repos, db } = harness;
    const { evaluation, project, documentId, natverk } = await setup(harness);
    const segment = await coded(harness, documentId, 'fler anbud från lokala företag', natverk);
    const edited = OLD.replace('än tidigare år. Nätverket växer.', 'än året innan. Nätverket växer snabbt.');
    const { id, anchors } = await replace(harness, evaluation.id, project.id, documentId, edited);

    expect(anchors).toEqual({ moved: 1, kept: 0 });
    const expected = movedTo(segment, id, project.id, edited, 'fler anbud från lokala företag');
    expect(expected.position).toEqual(segment.position);
    expect(expected.quote.prefix).toBe(segment.quote.prefix);
    expect(expected.quote.suffix).not.toBe(segment.quote.suffix);
    expect(expected.quote.suffix.startsWith(' än året innan.')).toBe(true);
    expect(await db.segments.get(segment.id)).toEqual(expected);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([]);
  });

  it('leaves a passage whose own text changed with the old version, unplaced and unchanged', async () => {
    harness = openHarness('reanchor-inside');
    const { repos, db } = harness;
    const { evaluation, project, documentId, natverk } = await setup(harness);
    const segment = await coded(harness, documentId, 'Resultatet blev fler anbud från lokala företag än tidigare år.', natverk);
    const edited = OLD.replace('fler anbud från lokala', 'många fler anbud från små lokala');
    const { id, anchors } = await replace(harness, evaluation.id, project.id, documentId, edited);

    expect(anchors).toEqual({ moved: 0, kept: 1 });
    expect(await db.segments.get(segment.id)).toEqual(segment);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([segment]);
    expect(await repos.segments.listByDocument(id)).toEqual([]);
    expect(await repos.segments.listByDocument(documentId)).toEqual([segment]);
  });

  it('moves the passages it finds and keeps the rest, in one replacement; a re-flowed passage is found', async () => {
    harness = openHarness('reanchor-mixed');
    const { repos, db } = harness;
    const { evaluation, project, documentId, natverk } = await setup(harness);
    const first = await coded(harness, documentId, 'leverantörsträffar inför tre upphandlingar', natverk);
    const changed = await coded(harness, documentId, 'Nätverket växer.', natverk);
    const last = await coded(harness, documentId, 'Arbetet fortsätter 2025.', natverk);
    // A new opening paragraph, the line of the first passage broken, the middle passage rewritten.
    const edited = `Sammanfattning först.\n\n${OLD}`
      .replace('leverantörsträffar inför tre', 'leverantörsträffar\ninför tre')
      .replace('Nätverket växer.', 'Nätverket har vuxit.');
    const { id, anchors } = await replace(harness, evaluation.id, project.id, documentId, edited);

    expect(anchors).toEqual({ moved: 2, kept: 1 });
    expect(await db.segments.get(first.id)).toEqual(movedTo(first, id, project.id, edited, 'leverantörsträffar\ninför tre upphandlingar'));
    expect(await db.segments.get(last.id)).toEqual(movedTo(last, id, project.id, edited, 'Arbetet fortsätter 2025.'));
    expect(await db.segments.get(changed.id)).toEqual(changed);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([changed]);
    expect((await repos.segments.listByDocument(id)).map((s) => s.id)).toEqual([first.id, last.id]);
  });

  it('moves passages to the project the new version is filed under', async () => {
    harness = openHarness('reanchor-project');
    const { repos, db } = harness;
    const { evaluation, documentId, natverk } = await setup(harness);
    const other = await repos.projects.add(evaluation.id, projectInput('Kompetenslyft'));
    const segment = await coded(harness, documentId, 'Nätverket växer.', natverk);
    const edited = `${OLD}\n\nTillägg.`;
    const { id } = await replace(harness, evaluation.id, other.id, documentId, edited);
    expect(await db.segments.get(segment.id)).toEqual(movedTo(segment, id, other.id, edited, 'Nätverket växer.'));
  });

  it('moves nothing when the replacement fails after the passages were re-anchored', async () => {
    harness = openHarness('reanchor-fail');
    const { repos, db } = harness;
    const { evaluation, project, documentId, natverk } = await setup(harness);
    await coded(harness, documentId, 'Nätverket växer.', natverk);
    const before = await snapshot(db);
    // The original bytes are written last, after the segments moved: fail that write.
    const fail = () => {
      throw new Error('disk full');
    };
    db.originals.hook('creating', fail);
    try {
      await expect(replace(harness, evaluation.id, project.id, documentId, `Ny inledning.\n\n${OLD}`)).rejects.toThrow(/disk full/);
    } finally {
      db.originals.hook('creating').unsubscribe(fail);
    }
    expect(await snapshot(db)).toEqual(before);
    expect(await repos.coding.unplaced(evaluation.id)).toEqual([]);
  });
});
