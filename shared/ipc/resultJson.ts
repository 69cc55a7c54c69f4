import type { DeliveredPollResult } from '../model/feed';
import type { JsonText } from './jsonText';

/**
 * A pushed result with its delivery number first, as main writes every result's JSON: the window's writer queues
 * and acknowledges a result by that number without reading the rest (its articles), which the storing worker reads.
 */
export function deliveryFirst(result: DeliveredPollResult): DeliveredPollResult {
  const { delivery, ...rest } = result;
  return { delivery, ...rest };
}

const leadingDelivery = /^\{"delivery":(\d+)[,}]/;

/** The delivery number a result's JSON starts with; null for a text that does not start with one. */
export function deliveryInJson(json: JsonText<DeliveredPollResult>): number | null {
  const match = leadingDelivery.exec(json.slice(0, 32));
  return match ? Number(match[1]) : null;
}
