import { interfaceLanguage } from '../../i18n';

const steps: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
  ['month', 30 * 86_400_000],
  ['year', 365 * 86_400_000],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "now", "5 minutes ago", "il y a 3 jours", "2 ngày trước": in the largest unit that fits, in the interface language.
 * Under a minute is "now": the view is not redrawn every second, so a count of seconds would be wrong at once.
 */
export function timeAgo(time: number, now: number): string {
  const language = interfaceLanguage();
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  const ago = Math.max(0, now - time);
  const step = steps.findLast(([, length]) => ago >= length);
  return step ? format.format(-Math.floor(ago / step[1]), step[0]) : format.format(0, 'second');
}
