import type { Id } from '../../../shared/domain';

/**
 * A project select's value for "Programmet som helhet" (a document of the programme as a whole, whose
 * project is null). Project ids are random UUIDs, so it is never one of theirs; '' stays "not chosen".
 */
export const PROGRAMME_CHOICE = 'programme';

/** The select's value for a document's project (null: the programme). */
export function projectChoiceOf(projectId: Id | null): string {
  return projectId ?? PROGRAMME_CHOICE;
}

/** The document's project for a select's value ('' must be refused by the form before). */
export function projectOfChoice(value: string): Id | null {
  return value === PROGRAMME_CHOICE ? null : value;
}
