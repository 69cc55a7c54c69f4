/**
 * Feed dates as whole-second ISO 8601 UTC strings. Covers RFC 822 (with the variants feeds really
 * publish: named zones, two-digit years, missing seconds or zone, stray commas, full month names),
 * RFC 3339 / W3C-DTF (partial dates, missing zone), asctime and JavaScript's `Date#toString`.
 * A missing zone means UTC, never the machine's local time. Anything else is null: a wrong date
 * sorts an article wrongly for good, a missing one falls back to the time it was fetched.
 */

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const weekdays = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\.?$/i;

/** Offsets in minutes east of UTC for zone names seen in feeds. */
const namedZones: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, 'etc/gmt': 0, 'etc/utc': 0, wet: 0, bst: 60, west: 60,
  cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  at: -240, et: -300, ct: -360, mt: -420, pt: -480, akst: -540, akdt: -480, hst: -600,
  ist: 330, jst: 540, kst: 540, hkt: 480, sgt: 480, awst: 480, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC. */
  offset: number;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toInstant(parts: Parts): number | null {
  const { year, month, day, hour, minute, second, offset } = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, Math.min(second, 59), 0);
  return date.getTime() - offset * 60_000;
}

/** `+0100`, `-01:00`, `+01`, `GMT+2`, `UTC-05:30`, or a zone name. Undefined when not a zone at all. */
function parseZone(token: string): number | undefined {
  const lower = token.toLowerCase();
  if (lower in namedZones) return namedZones[lower];
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(token);
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const isoPattern =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function parseIso(value: string): number | null | undefined {
  const match = isoPattern.exec(value);
  if (!match) return undefined;
  const zone = match[7];
  const offset = zone ? parseZone(zone) : 0;
  if (offset === undefined) return null;
  return toInstant({
    year: Number(match[1]),
    month: Number(match[2] ?? 1),
    day: Number(match[3] ?? 1),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    offset,
  });
}

/** RFC 822 and its relatives, read token by token so that the order of day, month and year may vary. */
function parseTextual(value: string): number | null {
  const tokens = value
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let time: number[] | undefined;
  let offset: number | undefined;
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/\.$/, '');
    if (weekdays.test(token)) continue;
    if (month === undefined && lower in months) {
      month = months[lower];
      continue;
    }
    if (/^\d{1,2}:\d{1,2}(:\d{1,2})?(\.\d+)?$/.test(token) && time === undefined) {
      time = token.split(/[:.]/).slice(0, 3).map(Number);
      continue;
    }
    const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(token);
    if (slashed && year === undefined) {
      [year, month, day] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
      continue;
    }
    if (/^\d+$/.test(token)) {
      if (token.length <= 2 && day === undefined) day = Number(token);
      else if (year === undefined && (token.length === 4 || token.length === 2 || token.length === 3)) year = Number(token);
      else return null;
      continue;
    }
    const zone = parseZone(token);
    if (zone !== undefined && offset === undefined && time !== undefined) {
      offset = zone;
      continue;
    }
    return null;
  }
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < 100 && String(year).length <= 2) year += year < 50 ? 2000 : 1900;
  const [hour = 0, minute = 0, second = 0] = time ?? [];
  return toInstant({ year, month, day, hour, minute, second, offset: offset ?? 0 });
}

/** The instant a feed date means, as epoch milliseconds, or null when it cannot be read with confidence. */
export function parseFeedInstant(raw: string | null | undefined): number | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  const iso = parseIso(value);
  if (iso !== undefined) return iso;
  if (/^\d/.test(value) && /^\d{4}-/.test(value)) return null;
  return parseTextual(value);
}

export function toIsoSeconds(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A feed date as ISO UTC; dates after the fetch are clamped to it, since future dates pin an article to the top. */
export function normaliseDate(raw: string | null | undefined, fetchedAt: number): string | null {
  const instant = parseFeedInstant(raw);
  if (instant === null || Number.isNaN(instant)) return null;
  return toIsoSeconds(Math.min(instant, fetchedAt));
}
