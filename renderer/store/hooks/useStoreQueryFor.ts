import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live query about one subject (the record a dialog is open for, say), run again when the subject
 * changes. Undefined while loading, when there is no subject, and while the answer at hand is still about
 * an earlier subject, so nothing about one record is ever shown for another.
 */
export function useStoreQueryFor<S, T>(subject: S | null, query: (subject: S) => Promise<T> | T): T | undefined {
  // The query is read with the subject; like the subject's own state, it is not a dependency.
  const answer = useLiveQuery(async () => (subject === null ? null : { subject, value: await query(subject) }), [subject]);
  return answer && answer.subject === subject ? answer.value : undefined;
}
