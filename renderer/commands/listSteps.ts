/** Where the moving commands go in the list, worked out from its order alone. */

export type Step = 1 | -1;

/**
 * The article `step` rows from the open one, stopping at either end; the first row when none is open or the open one
 * is no longer listed. Undefined when there is nowhere to go.
 */
export function neighbourOf(order: readonly string[], current: string | null, step: Step): string | undefined {
  const index = current === null ? -1 : order.indexOf(current);
  const next = index === -1 ? order[0] : order[Math.min(order.length - 1, Math.max(0, index + step))];
  return next === current ? undefined : next;
}

/** The nearest unread article after (or before) the open one; with none open, the search starts above the first row. */
export function unreadNeighbourOf(order: readonly string[], unread: ReadonlySet<string>, current: string | null, step: Step): string | undefined {
  const index = current === null ? -1 : order.indexOf(current);
  for (let at = index + step; at >= 0 && at < order.length; at += step) {
    const key = order[at];
    if (key !== undefined && key !== current && unread.has(key)) return key;
  }
  return undefined;
}
