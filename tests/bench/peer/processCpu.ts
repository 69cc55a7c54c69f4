import type { CDPSession } from '@playwright/test';

/** CPU seconds used so far by Chromium's processes, summed by kind: browser (where IndexedDB writes), renderer, gpu… */
export type ChromiumCpu = Record<string, number>;

const kinds: Record<string, string> = { 'network.mojom.NetworkService': 'network', 'storage.mojom.StorageService': 'storage', GPU: 'gpu' };

/** From the browser's own accounting (DevTools SystemInfo); empty when it cannot say. */
export async function chromiumCpu(browserSession: CDPSession): Promise<ChromiumCpu> {
  try {
    const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
    const totals: ChromiumCpu = {};
    for (const { type, cpuTime } of processInfo) {
      const kind = kinds[type] ?? type;
      totals[kind] = (totals[kind] ?? 0) + cpuTime;
    }
    return totals;
  } catch {
    return {};
  }
}

/** CPU seconds spent between two readings, by kind. */
export function cpuSpent(before: ChromiumCpu, after: ChromiumCpu): ChromiumCpu {
  return Object.fromEntries(Object.entries(after).map(([kind, seconds]) => [kind, Math.max(0, seconds - (before[kind] ?? 0))]));
}
