import type { QuietHours } from '../../shared/model/desktop';

/**
 * Whether `now` falls within the do-not-disturb hours, read on the local clock: 22:00–07:00 runs past midnight, and
 * equal start and end mean the whole day.
 */
export function isQuietTime(hours: QuietHours, now: Date): boolean {
  if (!hours.enabled) return false;
  const minute = now.getHours() * 60 + now.getMinutes();
  if (hours.start === hours.end) return true;
  return hours.start < hours.end ? minute >= hours.start && minute < hours.end : minute >= hours.start || minute < hours.end;
}
