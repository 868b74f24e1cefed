import { isIsoDate } from '../../base/isoDate';

/** `YYYY-MM-DD` of an ISO 8601 timestamp in document metadata, or null when it is none (or a placeholder year before 1900). */
export function isoDateOfTimestamp(value: string | undefined): string | null {
  const date = value?.trim().slice(0, 10) ?? '';
  return isIsoDate(date) && date >= '1900' ? date : null;
}
