import { formatDate, i18n } from '../../i18n';

const dayAndMonth: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const fullDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const longDate: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };

const minute = 60_000;
const hour = 60 * minute;
/** An article of the small hours still reads as hours ago, not as "yesterday", just after midnight. */
const hoursAcrossMidnight = 6;

/** How long ago, as a list row says it: "now", "12 min", "3 h", "yesterday", then the date; in the interface language. */
export function relativeDate(time: number, now = Date.now()): string {
  const ago = Math.max(0, now - time);
  if (ago < minute) return i18n.t('time.now');
  if (ago < hour) return i18n.t('time.minutes', { count: Math.floor(ago / minute) });
  const date = new Date(time);
  const today = new Date(now);
  const hours = Math.floor(ago / hour);
  if (date.toDateString() === today.toDateString() || hours < hoursAcrossMidnight) return i18n.t('time.hours', { count: hours });
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (date.toDateString() === yesterday.toDateString()) return i18n.t('time.yesterday');
  return dateOnly(date, today);
}

/** This year's articles show the day, older ones the year too. */
function dateOnly(date: Date, today: Date): string {
  return formatDate(date, date.getFullYear() === today.getFullYear() ? dayAndMonth : fullDate);
}

export function longDateOf(time: number): string {
  return formatDate(time, longDate);
}
