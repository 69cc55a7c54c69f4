import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { benchCacheFile } from '../scale/cache';
import { progress } from '../scale/stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Functions by the time the profile caught them running themselves, most first. */
export function selfTimes(profile: CpuProfile, top: number): Array<{ name: string; ms: number }> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byName = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [index, id] of samples.entries()) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').at(-1) ?? '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
    // A sample's delta is the time since the one before it: the time until the next is this one's.
    byName.set(name, (byName.get(name) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  }
  return [...byName.entries()]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

/**
 * With TIDINGS_READER_PROFILE set, runs `run` under the page's CPU profiler (a sample a millisecond, which costs the
 * figures something: profile in a run of its own), keeps the profile in .cache/bench and prints where the time went.
 */
export async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  if (!process.env.TIDINGS_READER_PROFILE) return run();
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  await session.send('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    await session.detach();
    const path = benchCacheFile(`reader-${name}.cpuprofile`);
    writeFileSync(path, JSON.stringify(profile));
    progress(`reader: profile of ${name} kept in ${path}; self time:`);
    for (const { name: fn, ms } of selfTimes(profile, 20)) progress(`    ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
  }
}
