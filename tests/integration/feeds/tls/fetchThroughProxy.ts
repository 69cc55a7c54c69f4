/**
 * Fetches each address given through the proxy the environment names (HTTPS_PROXY, NO_PROXY) and prints the outcomes
 * as one JSON array, each with the error when it failed. proxy.test.ts runs it in a process of its own, started with
 * NODE_EXTRA_CA_CERTS: Node reads the certificates it trusts only when it starts.
 */
import { fetchFeed } from '../../../../electron/feeds/fetchFeed';
import { proxyFromEnvironment } from '../../../../electron/feeds/http/proxy/environmentProxy';
import { inlineFeedReader } from '../../../../electron/feeds/worker/feedReader';

const proxy = proxyFromEnvironment();
const outcomes = [];
for (const url of process.argv.slice(2)) {
  const outcome = await fetchFeed({ url, validators: { etag: null, lastModified: null } }, { reader: inlineFeedReader, proxy });
  outcomes.push(outcome.kind === 'failed' ? { kind: outcome.kind, error: outcome.error } : { kind: outcome.kind, title: outcome.kind === 'updated' ? outcome.feed.title : null });
}
process.stdout.write(JSON.stringify(outcomes));
