import { parseXml, type XmlAttributes } from '../../formats/xml/parseXml';
import type { LimitGuard } from '../../domain/importLimits';
import { CODEBOOK_NAMESPACE, PROJECT_NAMESPACE } from './qdcTypes';
import { normaliseGuid } from './qdcValues';
import type { LossTally } from './refiLossTally';
import type { DataLossKind } from './refiImportTypes';
import { emptyModel, type ProjectModel, type RawCase, type RawNote, type RawSelection, type RawTextSource, type RawVariableValue } from './refiProjectModel';

type Kind =
  | 'project' | 'users' | 'codebook' | 'variables' | 'cases' | 'case' | 'caseValue' | 'sources' | 'textSource' | 'pdfSource' | 'selection' | 'coding'
  | 'notes' | 'note' | 'grouped' | 'lost' | 'text' | 'skip';

interface Frame {
  kind: Kind;
  source?: RawTextSource;
  pdf?: { name: string; guid: string; created: string | null; represented: boolean };
  selection?: RawSelection;
  coding?: { user: string; created: string | null };
  theCase?: RawCase;
  value?: RawVariableValue;
  note?: RawNote;
  append?: (text: string) => void;
}

/** Stops the read: the root is not a <Project>. */
export class NotAProject extends Error {}

/** Elements lost wherever they stand (inside a source that is lost, too): the kind they count as. */
const SELECTIONS_LOST: Readonly<Record<string, DataLossKind>> = {
  PictureSelection: 'pictureSelections',
  PDFSelection: 'pdfRegionSelections',
  AudioSelection: 'mediaSelections',
  VideoSelection: 'mediaSelections',
  Transcript: 'transcripts',
  TranscriptSelection: 'transcriptSelections',
};

/** A whole-number attribute (positions), or null. */
function integer(value: string | undefined): number | null {
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number.parseInt(value, 10) : null;
}

function guidOf(attributes: XmlAttributes, name = 'guid'): string {
  return normaliseGuid(attributes.get(name) ?? '');
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Reads everything of a project.qde but its codebook (readQdc reads that): users, variables, cases,
 * text and PDF sources with their selections, codings and notes. What Spårbar has no place for is
 * counted in the tally as it is met, with the element's name where it has one; an element this reader
 * does not know is counted as unknown and skipped whole. Throws NotAProject for another root, and what
 * parseXml throws (ImportError: not well-formed, too deep, too slow).
 */
export function readProjectModel(xml: string, tally: LossTally, guard: LimitGuard): ProjectModel {
  const model = emptyModel();
  const frames: Frame[] = [];
  let rootSeen = false;
  const text = (append: (text: string) => void): Frame => ({ kind: 'text', append });

  const child = (parent: Frame, local: string, a: XmlAttributes): Frame => {
    const lostSelection = SELECTIONS_LOST[local];
    const unknown = (): Frame => {
      tally.lose('unknownElements', local);
      return { kind: 'skip' };
    };
    switch (parent.kind) {
      case 'project':
        if (local === 'Users') return { kind: 'users' };
        if (local === 'CodeBook') return { kind: 'codebook' };
        if (local === 'Variables') return { kind: 'variables' };
        if (local === 'Cases') return { kind: 'cases' };
        if (local === 'Sources') return { kind: 'sources' };
        if (local === 'Notes') return { kind: 'notes' };
        if (local === 'Links' || local === 'Sets' || local === 'Graphs') return { kind: 'grouped' };
        if (local === 'Description') return text((t) => (model.description += t));
        // A note of the project as a whole: reported with the notes no passage takes.
        if (local === 'NoteRef') return { kind: 'skip' };
        return unknown();
      case 'users':
        if (local !== 'User') return unknown();
        model.users.set(guidOf(a), a.get('name') ?? '');
        return { kind: 'skip' };
      case 'codebook':
        if (local === 'NoteRef') tally.lose('codeNotes');
        return { kind: 'codebook' };
      case 'variables':
        if (local !== 'Variable') return unknown();
        model.variables.push({ guid: guidOf(a), name: a.get('name') ?? '' });
        return { kind: 'skip' };
      case 'cases': {
        if (local !== 'Case') return unknown();
        const theCase: RawCase = { guid: guidOf(a), name: a.get('name') ?? '', description: '', values: [], sourceGuids: [], selectionGuids: [] };
        model.cases.push(theCase);
        return { kind: 'case', theCase };
      }
      case 'case': {
        const theCase = parent.theCase as RawCase;
        if (local === 'Description') return text((t) => (theCase.description += t));
        if (local === 'CodeRef') tally.lose('caseCodes', theCase.name);
        else if (local === 'SourceRef') theCase.sourceGuids.push(guidOf(a, 'targetGUID'));
        else if (local === 'SelectionRef') theCase.selectionGuids.push(guidOf(a, 'targetGUID'));
        else if (local === 'VariableValue') {
          const value: RawVariableValue = { variableGuid: '', value: '' };
          theCase.values.push(value);
          return { kind: 'caseValue', value };
        } else return unknown();
        return { kind: 'skip' };
      }
      case 'caseValue': {
        const value = parent.value as RawVariableValue;
        if (local === 'VariableRef') value.variableGuid = guidOf(a, 'targetGUID');
        else if (/^(Text|Boolean|Integer|Float|Date|DateTime)Value$/.test(local)) return text((t) => (value.value += t));
        else return unknown();
        return { kind: 'skip' };
      }
      case 'sources':
        if (local === 'TextSource') return { kind: 'textSource', source: newSource(a, 'text', a.get('name') ?? '', guidOf(a)) };
        if (local === 'PDFSource') return { kind: 'pdfSource', pdf: { name: a.get('name') ?? '', guid: guidOf(a), created: a.get('creationDateTime') ?? null, represented: false } };
        if (local === 'PictureSource' || local === 'AudioSource' || local === 'VideoSource') {
          tally.lose(local === 'PictureSource' ? 'pictureSources' : local === 'AudioSource' ? 'audioSources' : 'videoSources', a.get('name') ?? null);
          return { kind: 'lost' };
        }
        return unknown();
      case 'pdfSource': {
        const pdf = parent.pdf as NonNullable<Frame['pdf']>;
        if (local === 'Representation' && !pdf.represented) {
          pdf.represented = true;
          const source = newSource(a, 'pdf', pdf.name, pdf.guid);
          source.created = pdf.created ?? source.created;
          return { kind: 'textSource', source };
        }
        if (lostSelection) {
          tally.lose(lostSelection, pdf.name);
          return { kind: 'lost' };
        }
        return sourceChild(local, pdf.name, unknown);
      }
      case 'textSource': {
        const source = parent.source as RawTextSource;
        if (local === 'PlainTextContent') {
          source.content = '';
          return text((t) => (source.content += t));
        }
        if (local === 'PlainTextSelection') {
          const selection: RawSelection = {
            guid: guidOf(a),
            name: a.get('name') ?? '',
            start: integer(a.get('startPosition')),
            end: integer(a.get('endPosition')),
            user: guidOf(a, 'creatingUser'),
            created: a.get('creationDateTime') ?? null,
            description: '',
            noteRefs: [],
            codings: [],
          };
          source.selections.push(selection);
          return { kind: 'selection', selection };
        }
        return sourceChild(local, source.name, unknown);
      }
      case 'selection': {
        const selection = parent.selection as RawSelection;
        if (local === 'Description') return text((t) => (selection.description += t));
        if (local === 'Coding') return { kind: 'coding', selection, coding: { user: guidOf(a, 'creatingUser'), created: a.get('creationDateTime') ?? null } };
        if (local === 'NoteRef') selection.noteRefs.push(guidOf(a, 'targetGUID'));
        else return unknown();
        return { kind: 'skip' };
      }
      case 'coding': {
        if (local !== 'CodeRef') return unknown();
        const coding = parent.coding as NonNullable<Frame['coding']>;
        (parent.selection as RawSelection).codings.push({ codeGuid: guidOf(a, 'targetGUID'), user: coding.user, created: coding.created });
        return { kind: 'skip' };
      }
      case 'notes': {
        if (local !== 'Note') return unknown();
        const note: RawNote = { guid: guidOf(a), name: a.get('name') ?? '', content: null, plainTextPath: a.get('plainTextPath') ?? null };
        model.notes.set(note.guid, note);
        return { kind: 'note', note };
      }
      case 'note': {
        const note = parent.note as RawNote;
        if (local === 'PlainTextContent') {
          note.content = '';
          return text((t) => (note.content += t));
        }
        return { kind: 'skip' };
      }
      case 'grouped':
        if (local === 'Link') tally.lose('links', a.get('name') ?? null);
        else if (local === 'Set') tally.lose('sets', a.get('name') ?? null);
        else if (local === 'Graph') tally.lose('graphs', a.get('name') ?? null);
        else return unknown();
        return { kind: 'skip' };
      case 'lost':
        if (lostSelection) tally.lose(lostSelection);
        return { kind: 'lost' };
      default:
        return { kind: 'skip' };
    }
  };

  const newSource = (a: XmlAttributes, kind: 'text' | 'pdf', name: string, guid: string): RawTextSource => {
    const source: RawTextSource = { guid, name, kind, plainTextPath: a.get('plainTextPath') ?? null, content: null, created: a.get('creationDateTime') ?? null, selections: [] };
    model.sources.push(source);
    return source;
  };

  /** What a source holds besides its text and selections. */
  const sourceChild = (local: string, name: string, unknown: () => Frame): Frame => {
    if (local === 'Description') return { kind: 'skip' };
    if (local === 'Coding') tally.lose('sourceCodings', name);
    else if (local === 'VariableValue') tally.lose('sourceVariables', name);
    else if (local !== 'NoteRef') return unknown();
    return { kind: 'skip' };
  };

  parseXml(
    xml,
    { [PROJECT_NAMESPACE]: '', [CODEBOOK_NAMESPACE]: '' },
    {
      open(name, attributes) {
        const local = localName(name);
        const parent = frames[frames.length - 1];
        if (parent === undefined) {
          if (local !== 'Project') throw new NotAProject();
          rootSeen = true;
          model.name = attributes.get('name') ?? '';
          model.origin = attributes.get('origin') ?? null;
          frames.push({ kind: 'project' });
          return;
        }
        frames.push(child(parent, local, attributes));
      },
      close() {
        const frame = frames.pop();
        if (frame?.kind === 'pdfSource' && frame.pdf && !frame.pdf.represented) tally.lose('pdfOriginals', frame.pdf.name);
      },
      text(chunk) {
        frames[frames.length - 1]?.append?.(chunk);
      },
    },
    'project.qde',
    guard,
  );
  if (!rootSeen) throw new NotAProject();
  return model;
}
