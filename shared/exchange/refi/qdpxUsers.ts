import type { QdpxGuids } from './qdpxGuids';
import { indent, xmlAttributes } from './qdpxXml';

export interface QdpxUser {
  guid: string;
  name: string;
}

/**
 * The project's users: every coder name seen on a passage and every evaluator of the evaluation, trimmed,
 * each once, in alphabetical order (so the same evaluation lists them the same way); a name that is empty
 * is no user. Each has the GUID derived from its name.
 */
export function qdpxUsers(coders: Iterable<string>, guids: QdpxGuids): QdpxUser[] {
  const names = new Set<string>();
  for (const coder of coders) {
    const name = coder.trim();
    if (name !== '') names.add(name);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => ({ name, guid: guids.ofUser(name) }));
}

/** The <Users> element (nothing when there are none: the schema wants at least one User inside it). */
export function usersXml(users: readonly QdpxUser[], depth: number): string[] {
  if (users.length === 0) return [];
  return [`${indent(depth)}<Users>`, ...users.map((user) => `${indent(depth + 1)}<User${xmlAttributes({ guid: user.guid, name: user.name })}/>`), `${indent(depth)}</Users>`];
}
