import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A query over the repositories, kept live: it runs again whenever the data it read changes, and again
 * when a dependency changes. Undefined while loading. For the few joins a feature composes itself; the
 * other hooks of the store name what they return.
 */
export function useStoreQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useLiveQuery(query, [...deps]);
}
