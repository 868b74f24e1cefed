import type { Code, Finding, Id, ProjectLevel } from '../domain';

/**
 * The report sections a finding belongs to, in the report's order: the results per level of the results
 * matrix (national, regional, local), the success and learning factors, and what was not reached.
 */
export const FINDING_SECTIONS = ['resultsNationell', 'resultsRegional', 'resultsLokal', 'factors', 'notReached'] as const;
export type FindingSection = (typeof FINDING_SECTIONS)[number];

export function isFindingSection(value: unknown): value is FindingSection {
  return typeof value === 'string' && (FINDING_SECTIONS as readonly string[]).includes(value);
}

/** Thrown when a finding or recommendation is saved without a title. */
export class TitleRequiredError extends Error {
  constructor() {
    super('A title is required');
    this.name = 'TitleRequiredError';
  }
}

/** Thrown when a finding names a section the report does not have. */
export class UnknownSectionError extends Error {
  constructor(section: string) {
    super(`The report has no section ${section}`);
    this.name = 'UnknownSectionError';
  }
}

/** What the evaluator writes of a finding. */
export interface FindingFields {
  title: string;
  text: string;
  section: FindingSection;
}

/** What the evaluator edits of a finding (a stored section the app does not know reads as 'factors'). */
export function findingFieldsOf(finding: Finding): FindingFields {
  return { title: finding.title, text: finding.text, section: isFindingSection(finding.section) ? finding.section : 'factors' };
}

function checked(fields: FindingFields): FindingFields {
  const title = fields.title.trim();
  if (title === '') throw new TitleRequiredError();
  if (!isFindingSection(fields.section)) throw new UnknownSectionError(String(fields.section));
  return { title, text: fields.text.trim(), section: fields.section };
}

/** The order after the last of a group (new ones go last). */
export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/** A new finding, last in its section, linked to the given judgements and evidence. */
export function newFinding(
  fields: FindingFields & { id: Id; evaluationId: Id; now: string; judgementIds?: Id[]; segmentIds?: Id[]; dataCodingIds?: Id[] },
  existing: readonly Finding[],
): Finding {
  const { title, text, section } = checked(fields);
  const order = nextOrder(existing.filter((f) => f.evaluationId === fields.evaluationId && f.section === section));
  return {
    id: fields.id,
    evaluationId: fields.evaluationId,
    section,
    order,
    title,
    text,
    judgementIds: [...new Set(fields.judgementIds ?? [])],
    segmentIds: [...new Set(fields.segmentIds ?? [])],
    dataCodingIds: [...new Set(fields.dataCodingIds ?? [])],
    createdAt: fields.now,
    updatedAt: fields.now,
  };
}

/**
 * The finding with new title, text or section; moved to another section it goes last there. Null when
 * nothing changes.
 */
export function editFinding(finding: Finding, fields: FindingFields, existing: readonly Finding[], now: string): Finding | null {
  const next = checked(fields);
  if (next.title === finding.title && next.text === finding.text && next.section === finding.section) return null;
  const order = next.section === finding.section ? finding.order : nextOrder(existing.filter((f) => f.evaluationId === finding.evaluationId && f.section === next.section && f.id !== finding.id));
  return { ...finding, ...next, order, updatedAt: now };
}

/** What a finding may link: a judgement, a coded passage or a coded table row. */
export type FindingLink = { kind: 'judgement'; id: Id } | { kind: 'segment'; id: Id } | { kind: 'dataCoding'; id: Id };

const fieldOf = { judgement: 'judgementIds', segment: 'segmentIds', dataCoding: 'dataCodingIds' } as const;

/** The finding with a link added (linked: true) or removed; null when nothing changes. */
export function linkFinding(finding: Finding, link: FindingLink, linked: boolean, now: string): Finding | null {
  const field = fieldOf[link.kind];
  const ids = finding[field];
  if (ids.includes(link.id) === linked) return null;
  return { ...finding, [field]: linked ? [...ids, link.id] : ids.filter((id) => id !== link.id), updatedAt: now };
}

/** Items of one group in their order (ties by creation, then id). */
export function inOrder<T extends { order: number; createdAt: string; id: Id }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Moves one item of a group up (-1) or down (+1): the group is renumbered 0..n-1 in its new order and the
 * items whose order changes are returned with it (empty when it is already first or last).
 */
export function moveInGroup<T extends { order: number; createdAt: string; id: Id; updatedAt: string }>(group: readonly T[], id: Id, direction: -1 | 1, now: string): T[] {
  const ordered = inOrder(group);
  const from = ordered.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from === -1 || to < 0 || to >= ordered.length) return [];
  [ordered[from], ordered[to]] = [ordered[to] as T, ordered[from] as T];
  return ordered.flatMap((item, index) => (item.order === index ? [] : [{ ...item, order: index, updatedAt: now }]));
}

/** The findings of an evaluation by section, each in its order, sections in the report's order. */
export function findingsBySection(findings: readonly Finding[]): { section: FindingSection; findings: Finding[] }[] {
  return FINDING_SECTIONS.map((section) => ({ section, findings: inOrder(findings.filter((f) => f.section === section)) }));
}

const resultsSection = { nationell: 'resultsNationell', regional: 'resultsRegional', lokal: 'resultsLokal' } as const satisfies Record<ProjectLevel, FindingSection>;

/** The section a finding about a criterion starts in: the results of its matrix level, else the factors. */
export function sectionForCriterion(code: Pick<Code, 'matrixCell'> | undefined): FindingSection {
  return code?.matrixCell ? resultsSection[code.matrixCell.level] : 'factors';
}
