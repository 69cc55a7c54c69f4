import { trimmed } from '../xmlValues';

const clockParts = /^\d+(\.\d+)?$/;

/**
 * Seconds from `itunes:duration` as podcast hosts write it: `HH:MM:SS`, `H:MM:SS`, `MM:SS`, or plain seconds
 * (`3725`, `3725.5`). Null for anything else (`45 min`, `1:75`, an empty element).
 */
export function durationSeconds(value: string | null): number | null {
  const text = trimmed(value);
  if (text === null) return null;
  const parts = text.split(':');
  if (parts.length > 3 || !parts.every((part) => clockParts.test(part))) return null;
  const numbers = parts.map(Number);
  // Minutes and seconds past the first part are clock digits: 1:75 is no time.
  if (numbers.slice(1).some((number) => number >= 60)) return null;
  return numbers.reduce((total, number) => total * 60 + number, 0);
}
