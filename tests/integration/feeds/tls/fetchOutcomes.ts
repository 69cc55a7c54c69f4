/**
 * Fetches each address given and prints the outcomes as one JSON array. fetchTls.test.ts runs it in a process of its
 * own, started with NODE_EXTRA_CA_CERTS: Node reads the certificates it trusts only when it starts.
 */
import { fetchFeed } from '../../../../electron/feeds/fetchFeed';
import { inlineFeedReader } from '../../../../electron/feeds/worker/feedReader';

const outcomes = [];
for (const url of process.argv.slice(2)) {
  const outcome = await fetchFeed({ url, validators: { etag: null, lastModified: null } }, { reader: inlineFeedReader });
  outcomes.push(outcome.kind === 'failed' ? { kind: outcome.kind, error: outcome.error } : { kind: outcome.kind, movedTo: outcome.movedTo ?? null });
}
process.stdout.write(JSON.stringify(outcomes));
