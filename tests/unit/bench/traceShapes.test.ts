import { describe, expect, it } from 'vitest';
import { longTaskShapes, type TraceEvent } from '../../bench/reader/trace';

const main = { pid: 7, tid: 1 };
const thread = (name: string, tid: number): TraceEvent => ({ name: 'thread_name', ph: 'M', pid: main.pid, tid, ts: 0, args: { name } });
const span = (name: string, ts: number, dur: number, tid = main.tid): TraceEvent => ({ name, ph: 'X', pid: main.pid, tid, ts, dur });

describe("the reader benchmark's reading of a Chromium trace", () => {
  it('splits each long task of a page into the time its parts ran themselves, and leaves short tasks and other threads out', () => {
    const events: TraceEvent[] = [
      thread('CrRendererMain', main.tid),
      thread('Compositor', 2),
      // 80 ms: a script of 50 ms of which 20 ms collecting, then 25 ms of layout; 5 ms the task's own.
      span('RunTask', 1_000_000, 80_000),
      span('FunctionCall', 1_000_000, 50_000),
      span('MajorGC', 1_030_000, 20_000),
      span('Layout', 1_050_000, 25_000),
      span('RunTask', 2_000_000, 30_000),
      span('FunctionCall', 2_000_000, 30_000),
      span('RunTask', 3_000_000, 90_000, 2),
    ];

    const shapes = longTaskShapes(events);

    expect(shapes).toHaveLength(1);
    expect(shapes[0]?.startMs).toBe(1_000);
    expect(shapes[0]?.durationMs).toBe(80);
    expect(shapes[0]?.parts).toEqual([
      { name: 'FunctionCall', ms: 30 },
      { name: 'Layout', ms: 25 },
      { name: 'MajorGC', ms: 20 },
      { name: 'RunTask', ms: 5 },
    ]);
  });
});
