import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { startWebApp } from '../../../electron/web/webApp';
import type { BackendMessage, BackendRequest, MainReport, MainStatus } from './backendProcess';
import { MainProbe } from './mainProbe';

// The measured main process (see backendProcess.ts): started with the renderer build's folder, driven over IPC.
const rendererDir = process.argv[2];
const reply = (message: BackendMessage) => process.send?.(message);

try {
  // A long interval: only the benchmark's refreshes happen.
  const app = await startWebApp({ port: 0, rendererDir, backend: { poller: { intervalMs: 24 * 3_600_000 } } });
  const probe = new MainProbe(app.backend);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let cpu = process.cpuUsage();
  let peakRss = 0;
  let peakHeap = 0;
  // The cheap readings: process.memoryUsage() walks the heap's pages, and in a profile of a refresh one call held the
  // measured event loop for over 200 ms, counted as the app's own stall.
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  };
  const sampler = setInterval(sample, 100);
  const status = async (): Promise<MainStatus> => ({ activity: { ...probe.activity }, held: probe.held, idle: await probe.isIdle() });

  process.on('message', (request: BackendRequest) => {
    const answer = async (): Promise<unknown> => {
      if (request.type === 'begin') {
        probe.begin(request.feeds);
        delay.disable();
        delay.reset();
        delay.enable();
        cpu = process.cpuUsage();
        peakRss = peakHeap = 0;
        sample();
        return null;
      }
      if (request.type === 'status') return status();
      sample();
      const used = process.cpuUsage(cpu);
      const report: MainReport = {
        ...(await status()),
        stallMs: delay.max / 1e6,
        cpuSeconds: (used.user + used.system) / 1e6,
        peakRssMB: peakRss / 2 ** 20,
        peakHeapMB: peakHeap / 2 ** 20,
      };
      return report;
    };
    void answer().then((value) => reply({ id: request.id, value }));
  });
  process.once('SIGTERM', () => {
    clearInterval(sampler);
    void app.close().then(() => process.exit(0));
  });
  process.once('disconnect', () => process.exit(0));
  reply({ type: 'ready', url: app.url });
} catch (error) {
  reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
