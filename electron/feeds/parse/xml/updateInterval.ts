import { textOf, trimmed } from '../xmlValues';
import type { Fields } from './nodes';

const periodSeconds: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

/** The longest of the publisher's hints (ttl, sy:updatePeriod and sy:updateFrequency): each is a lower bound. */
export function suggestedInterval(channel: Fields): number | null {
  const ttl = Number(textOf(channel.ttl));
  const fromTtl = Number.isFinite(ttl) && ttl > 0 ? ttl * 60 : null;
  const period = periodSeconds[trimmed(textOf(channel['sy:updatePeriod']))?.toLowerCase() ?? ''];
  const frequency = Number(textOf(channel['sy:updateFrequency']) ?? 1);
  const fromPeriod = period ? Math.round(period / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1)) : null;
  return fromTtl === null ? fromPeriod : Math.max(fromTtl, fromPeriod ?? 0);
}
