const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** Today's articles show the time, this year's the day, older ones the year too. */
export function shortDate(time: number, now = Date.now()): string {
  const date = new Date(time);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return timeOnly.format(date);
  if (date.getFullYear() === today.getFullYear()) return dayAndMonth.format(date);
  return fullDate.format(date);
}

export function longDateOf(time: number): string {
  return longDate.format(new Date(time));
}
