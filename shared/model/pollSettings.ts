/**
 * How the reader wants feeds checked. The renderer stores these with the other preferences and tells the main
 * process, which holds every value it is sent to the bounds below: a page must not be able to make the poller hammer
 * a server every second, or accept a feed of any size.
 */
export interface PollSettings {
  /** Minutes between two checks of a feed that has no interval of its own. */
  defaultIntervalMinutes: number;
  /** The largest feed accepted, after decompression, in megabytes. */
  maxFeedMegabytes: number;
}

export const defaultPollSettings: PollSettings = { defaultIntervalMinutes: 30, maxFeedMegabytes: 20 };

/** The intervals offered, in minutes: from a quarter of an hour (busy news sites) to a day (a blog a month). */
export const pollIntervalChoices = [15, 30, 60, 120, 240, 480, 1440] as const;

/** The size limits offered, in megabytes; 20 covers the largest podcast feeds seen (thousands of episodes). */
export const maxFeedSizeChoices = [5, 10, 20, 50, 100] as const;

const intervalBounds = { min: 5, max: 1440 };
const sizeBounds = { min: 1, max: 200 };

function within<Fallback>(value: unknown, bounds: { min: number; max: number }, fallback: Fallback): number | Fallback {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(bounds.max, Math.max(bounds.min, value)) : fallback;
}

/** A feed's own interval as the poller takes it: null (the default) for anything that is not a usable number. */
export function boundedIntervalMinutes(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? within(value, intervalBounds, null) : null;
}

/** Settings as the main process applies them, whatever it was sent. */
export function boundedPollSettings(settings: Partial<PollSettings>): PollSettings {
  return {
    defaultIntervalMinutes: within(settings.defaultIntervalMinutes, intervalBounds, defaultPollSettings.defaultIntervalMinutes),
    maxFeedMegabytes: within(settings.maxFeedMegabytes, sizeBounds, defaultPollSettings.maxFeedMegabytes),
  };
}

/** "15 min", "1 h", "1 day": how an interval reads in the settings and the feed's row. */
export function describeInterval(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return `${Number((minutes / 60).toFixed(1))} h`;
  const days = Number((minutes / 1440).toFixed(1));
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** The choices offered, with the value in force among them even when it is not one of them (set before they changed). */
export function choicesWith(choices: readonly number[], current: number | null | undefined): number[] {
  const all = current === null || current === undefined ? [...choices] : [...new Set([...choices, current])];
  return all.sort((a, b) => a - b);
}
