import { codePointOffsets } from '../../base/codePointOffsets';
import type { Segment } from '../../domain/segment';
import type { QdpxGuids } from './qdpxGuids';
import { escapeXmlText } from './qdcXmlText';
import { indent, xmlAttributes, xsdDateTime } from './qdpxXml';

/** What the selections of a project refer to: the GUIDs of codes and of coders. */
export interface QdpxRefs {
  guids: QdpxGuids;
  /** The GUID each code id was written with in the CodeBook. */
  codeGuids: ReadonlyMap<string, string>;
  /** The GUID of a coder's name, or null when the name is empty. */
  userGuid: (name: string) => string | null;
}

/** A memo written as a <Note>, referred to by its passage's <NoteRef>. */
export interface QdpxNote {
  guid: string;
  segment: Segment;
}

/** The passages in the order they are written: by where they start and end in the text, then by id. */
export function selectionOrder(a: Segment, b: Segment): number {
  return a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The passage's range in code points of `text` (specification §10.2: from 0, end exclusive), or null when its offsets are no numbers. */
export function codePointRange(offsets: ReturnType<typeof codePointOffsets>, segment: Segment): { start: number; end: number } | null {
  const { start, end } = segment.position;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const from = offsets.toCodePoint(Math.min(start, end));
  const to = offsets.toCodePoint(Math.max(start, end));
  return { start: from, end: to };
}

/**
 * The <PlainTextSelection> elements of one text's passages: each passage's range counted in Unicode code
 * points of `text` (the text written under sources/), a <Coding> per code it has that the codebook holds
 * (its CodeRef, the passage's coder and creation time), and a <NoteRef> to the note of its memo when it has
 * one. Returns the lines and the notes to write under <Notes>.
 */
export function selectionsXml(text: string, segments: readonly Segment[], refs: QdpxRefs, depth: number): { lines: string[]; notes: QdpxNote[] } {
  const offsets = codePointOffsets(text);
  const lines: string[] = [];
  const notes: QdpxNote[] = [];
  for (const segment of [...segments].sort(selectionOrder)) {
    const range = codePointRange(offsets, segment);
    if (range === null) continue;
    const guid = refs.guids.ofRecord('segment', segment.id);
    const user = refs.userGuid(segment.coder);
    const created = xsdDateTime(segment.createdAt);
    lines.push(
      `${indent(depth)}<PlainTextSelection${xmlAttributes({
        guid,
        startPosition: range.start,
        endPosition: range.end,
        creatingUser: user,
        creationDateTime: created,
        modifyingUser: user,
        modifiedDateTime: xsdDateTime(segment.updatedAt),
      })}>`,
    );
    for (const codeId of new Set(segment.codeIds)) {
      const codeGuid = refs.codeGuids.get(codeId);
      if (codeGuid === undefined) continue;
      lines.push(
        `${indent(depth + 1)}<Coding${xmlAttributes({ guid: refs.guids.derived('coding', segment.id, codeId), creatingUser: user, creationDateTime: created })}>`,
        `${indent(depth + 2)}<CodeRef${xmlAttributes({ targetGUID: codeGuid })}/>`,
        `${indent(depth + 1)}</Coding>`,
      );
    }
    if (escapeXmlText(segment.memo).trim() !== '') {
      const note = { guid: refs.guids.derived('note', segment.id), segment };
      notes.push(note);
      lines.push(`${indent(depth + 1)}<NoteRef${xmlAttributes({ targetGUID: note.guid })}/>`);
    }
    lines.push(`${indent(depth)}</PlainTextSelection>`);
  }
  return { lines, notes };
}
