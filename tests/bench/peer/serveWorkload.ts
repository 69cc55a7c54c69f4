import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startWorkloadServer } from './workloadServer';

/**
 * The peer benchmark's publishers on their own, for any reader to refresh:
 *
 *   npx tsx tests/bench/peer/serveWorkload.ts --opml /tmp/peer.opml [--control-port 8790]
 *
 * prints one JSON line (the control address and the OPML written), then serves until stopped. `curl -s
 * <control>next-epoch` moves every publisher to its next epoch; `<control>stats` says what was served.
 */
const { values } = parseArgs({
  options: {
    opml: { type: 'string' },
    'control-port': { type: 'string' },
    // Stop when the process that started this one closes its end of stdin (the benchmark does).
    'exit-with-stdin': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const server = await startWorkloadServer({ controlPort: values['control-port'] ? Number(values['control-port']) : 0 });
if (values.opml) writeFileSync(values.opml, server.opml());
console.log(JSON.stringify({ control: server.control, opml: values.opml ?? null, feeds: server.feeds.length, readyAfterMs: Math.round(performance.now() - started) }));

const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
if (values['exit-with-stdin']) {
  process.stdin.resume();
  process.stdin.once('end', stop);
  process.stdin.once('close', stop);
}
