const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

const minute = 60_000;
const hour = 60 * minute;
/** An article of the small hours still reads as hours ago, not as "yesterday", just after midnight. */
const hoursAcrossMidnight = 6;

/** How long ago, as a list row says it: "now", "12 min", "3 h", "yesterday", then the date. */
export function relativeDate(time: number, now = Date.now()): string {
  const ago = Math.max(0, now - time);
  if (ago < minute) return 'now';
  if (ago < hour) return `${Math.floor(ago / minute)} min`;
  const date = new Date(time);
  const today = new Date(now);
  const hours = Math.floor(ago / hour);
  if (date.toDateString() === today.toDateString() || hours < hoursAcrossMidnight) return `${hours} h`;
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (date.toDateString() === yesterday.toDateString()) return 'yesterday';
  return dateOnly(date, today);
}

/** This year's articles show the day, older ones the year too. */
function dateOnly(date: Date, today: Date): string {
  return date.getFullYear() === today.getFullYear() ? dayAndMonth.format(date) : fullDate.format(date);
}

export function longDateOf(time: number): string {
  return longDate.format(new Date(time));
}
