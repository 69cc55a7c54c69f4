import { performance } from 'node:perf_hooks';

type Task = () => Promise<unknown> | unknown;

/** Median wall time of `runs` calls, after one warm-up call, in milliseconds. */
export async function medianMs(runs: number, task: Task): Promise<number> {
  const [median = Number.NaN] = await interleavedMediansMs(runs, [task]);
  return median;
}

/**
 * Median wall times of several tasks, run in turn within each round, so that a busy spell on the machine weighs on
 * all of them alike and their ratio holds; after one warm-up round, in milliseconds.
 */
export async function interleavedMediansMs(runs: number, tasks: readonly Task[]): Promise<number[]> {
  for (const task of tasks) await task();
  const times = tasks.map((): number[] => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      times[index]?.push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN);
}
