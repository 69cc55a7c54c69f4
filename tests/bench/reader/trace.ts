import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { benchCacheFile } from '../scale/cache';
import { progress } from '../scale/stats';

/** One event of Chromium's trace format: complete events (`X`) carry their duration, in microseconds. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** A task of a page's main thread that ran over the long-task limit, and where its time went. */
export interface LongTaskShape {
  startMs: number;
  durationMs: number;
  /** Trace events by the time they ran themselves (their own duration less their children's), longest first. */
  parts: Array<{ name: string; ms: number }>;
}

const longTaskUs = 50_000;
const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** The main threads of the trace's renderers (`CrRendererMain`), as "pid:tid". */
function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
}

/**
 * The long tasks of the renderers' main threads, each with its own time split among the events nested in it: a task
 * that is mostly `Layout` or `MajorGC` asks for another remedy than one that is mostly `FunctionCall`.
 */
export function longTaskShapes(events: readonly TraceEvent[]): LongTaskShape[] {
  const mains = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.dur === undefined || !mains.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  const shapes: LongTaskShape[] = [];
  for (const list of byThread.values()) {
    // Parents before children: earlier start first, the longer of two starting together first.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    for (const [index, task] of list.entries()) {
      if (task.name !== 'RunTask' || (task.dur ?? 0) < longTaskUs) continue;
      shapes.push({ startMs: task.ts / 1000, durationMs: (task.dur ?? 0) / 1000, parts: ownTimes(list, index) });
    }
  }
  return shapes.sort((a, b) => b.durationMs - a.durationMs);
}

/** The self time of every event nested in the task at `index` of a thread's sorted events, by name. */
function ownTimes(list: readonly TraceEvent[], index: number): Array<{ name: string; ms: number }> {
  const task = list[index];
  if (!task) return [];
  const end = task.ts + (task.dur ?? 0);
  const own = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (let at = index; at < list.length; at += 1) {
    const event = list[at];
    if (!event || event.ts >= end) break;
    while (open.length && (open.at(-1)?.ts ?? 0) + (open.at(-1)?.dur ?? 0) <= event.ts) open.pop();
    const parent = open.at(-1);
    const duration = event.dur ?? 0;
    own.set(event.name, (own.get(event.name) ?? 0) + duration);
    if (parent) own.set(parent.name, (own.get(parent.name) ?? 0) - duration);
    open.push(event);
  }
  return [...own.entries()]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((part) => part.ms >= 1)
    .sort((a, b) => b.ms - a.ms);
}

async function readStream(session: CDPSession, handle: string): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const chunk = (await session.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return chunks.join('');
}

/**
 * With TIDINGS_READER_TRACE set, runs `run` under Chromium's tracing (the timeline's categories: tasks, layout, paint,
 * GC, scripts), keeps the trace in .cache/bench (it opens in the browser's performance panel) and prints what each
 * long task of the page was made of. A CPU profile (TIDINGS_READER_PROFILE) sees scripts only; this sees the rest.
 */
export async function traced<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  if (!process.env.TIDINGS_READER_TRACE) return run();
  const session = await page.context().newCDPSession(page);
  const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream ?? '')));
  await session.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } });
  try {
    return await run();
  } finally {
    await session.send('Tracing.end');
    const text = await readStream(session, await complete);
    await session.detach();
    const path = benchCacheFile(`reader-${name}.trace.json`);
    writeFileSync(path, text);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const shapes = longTaskShapes(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
    progress(`reader: trace of ${name} kept in ${path}; ${shapes.length} long tasks of the renderers' main threads:`);
    for (const shape of shapes.slice(0, 12)) {
      const parts = shape.parts.slice(0, 6).map((part) => `${part.name} ${part.ms.toFixed(0)}`).join(', ');
      progress(`    ${shape.durationMs.toFixed(0).padStart(5)} ms: ${parts}`);
    }
  }
}
