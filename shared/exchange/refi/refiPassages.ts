import type { Segment } from '../../domain/segment';
import { selectorsFor } from '../../text/selectors';
import { positionUnitOf } from './refiPositionUnit';
import type { RawNote, RawSelection, RawTextSource } from './refiProjectModel';
import type { LossTally } from './refiLossTally';
import type { SourceText } from './refiSourceText';

export interface PassageContext {
  evaluationId: string;
  documentId: string;
  /** The document's project (its case), or null. */
  projectId: string | null;
  /** A selection's project when a case names the selection itself. */
  projectOfSelection: ReadonlyMap<string, string>;
  codeIdOf: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, RawNote>;
  /** Notes used as a passage's memo (so that the rest can be reported). */
  usedNotes: Set<string>;
  tally: LossTally;
  newId: () => string;
  now: string;
}

/** Text compared for sameness: NFC, with no white space at all (programs drop or add line breaks). */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

/**
 * Whether a selection's name is its text, and differs from the text at its place. Programs use the name
 * both for the quote (ATLAS.ti, sometimes cut short with "…") and for a title ("damage done by fatty
 * foods" over 200 characters): a name counts as the quote only when it is as long as the selection (within
 * a fifth), or, cut short, at least 20 characters that should start the selection.
 */
export function carriedTextDiffers(name: string, quote: string): boolean {
  const carried = comparable(name);
  const actual = comparable(quote);
  if (carried === '' || actual === '') return false;
  const cut = /(…|\.\.\.)$/u.exec(carried);
  if (cut) {
    const head = carried.slice(0, -cut[0].length);
    return head.length >= 20 && !actual.startsWith(head);
  }
  if (Math.abs(carried.length - actual.length) > actual.length / 5) return false;
  return carried !== actual;
}

/** An ISO timestamp of the file's time, or the import's time. */
function timestamp(value: string | null, now: string): string {
  if (value === null) return now;
  const time = Date.parse(value);
  return Number.isNaN(time) ? now : new Date(time).toISOString();
}

/**
 * The passages of one source's selections: positions read in the source's unit (positionUnitOf) and
 * mapped to the document's text; a selection out of range, empty, or whose carried text differs from
 * the text at its place is reported, never placed elsewhere. One passage per coder: a selection coded by
 * two users becomes two passages, each with its coder's codes, so their agreement can be measured.
 */
export function passagesOf(source: RawTextSource, text: SourceText, context: PassageContext): { segments: Segment[]; selections: number; codings: number; memos: number } {
  const unit = positionUnitOf(text, source.selections);
  const from = unit === 'utf16' ? text.fromUtf16 : text.fromCodePoint;
  const segments: Segment[] = [];
  let selections = 0;
  let codings = 0;
  let memos = 0;
  if (unit === 'utf16') context.tally.notice('positionsInUtf16', source.name, source.selections.length);
  for (const selection of source.selections) {
    const start = selection.start === null ? null : from(selection.start, 'start');
    const end = selection.end === null ? null : from(selection.end, 'end');
    if (start === null || end === null || (selection.start as number) > (selection.end as number)) {
      context.tally.lose('selectionsOutOfRange', source.name);
      continue;
    }
    if (start >= end) {
      context.tally.lose('emptySelections', source.name);
      continue;
    }
    const selectors = selectorsFor(text.text, start, end);
    if (carriedTextDiffers(selection.name, selectors.quote.exact)) {
      context.tally.lose('selectionsMismatched', source.name);
      continue;
    }
    selections++;
    const memo = memoOf(selection, context);
    if (memo !== '') memos++;
    const byCoder = new Map<string, { codeIds: string[]; created: string | null }>();
    for (const coding of selection.codings) {
      const codeId = context.codeIdOf.get(coding.codeGuid);
      if (codeId === undefined) {
        context.tally.lose('codingsOfUnknownCodes', source.name);
        continue;
      }
      const coder = coding.user !== '' ? coding.user : selection.user;
      const entry = byCoder.get(coder) ?? { codeIds: [], created: coding.created };
      if (!entry.codeIds.includes(codeId)) entry.codeIds.push(codeId);
      byCoder.set(coder, entry);
      codings++;
    }
    if (byCoder.size === 0) byCoder.set(selection.user, { codeIds: [], created: selection.created });
    for (const [coder, { codeIds, created }] of byCoder) {
      const at = timestamp(created ?? selection.created, context.now);
      segments.push({
        id: context.newId(),
        evaluationId: context.evaluationId,
        documentId: context.documentId,
        projectId: context.projectId ?? context.projectOfSelection.get(selection.guid) ?? null,
        ...selectors,
        codeIds,
        memo,
        strength: null,
        direction: null,
        coder: context.users.get(coder) ?? '',
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return { segments, selections, codings, memos };
}

/** The selection's description and the texts of the notes it refers to, a blank line between them. */
function memoOf(selection: RawSelection, context: PassageContext): string {
  const parts = [selection.description.trim()];
  for (const ref of selection.noteRefs) {
    const note = context.notes.get(ref);
    if (!note) continue;
    context.usedNotes.add(ref);
    parts.push((note.content ?? '').trim() || note.name.trim());
  }
  return parts.filter((part) => part !== '').join('\n\n');
}
