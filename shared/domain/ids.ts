/** Every record is keyed by a string id (a UUID), so evaluations can later be merged across team members. */
export type Id = string;

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/** ISO timestamp, e.g. `2026-11-22T18:00:00.000Z`. */
export type IsoTimestamp = string;
