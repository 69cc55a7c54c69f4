import type { ProxyResolver } from '../feeds/http/proxy/proxyRoute';
import { fetchPage, type PageLimits } from './fetchPage';
import { FullTextQueue, type FullTextQueueOptions } from './fullTextQueue';
import { sharedPageReader, type PageReader } from './worker/pageReader';

export interface FullTextOptions {
  userAgent: string;
  proxy?: ProxyResolver;
  /** Resolves once no refresh is running; background pages wait for it. */
  whenQuiet?: () => Promise<void>;
  /** Background pages pause while this says Tidings is offline, and resume when it is back. */
  connectivity?: FullTextQueueOptions['connectivity'];
  /** Where pages are read; the shared worker by default. */
  reader?: PageReader;
  limits?: PageLimits;
}

/** Whole articles from their pages, as the backend serves them (`article:fullText`). */
export function createFullText(options: FullTextOptions): FullTextQueue {
  const reader = options.reader ?? sharedPageReader();
  return new FullTextQueue({
    fetch: (url) => fetchPage(url, { userAgent: options.userAgent, ...(options.proxy ? { proxy: options.proxy } : {}), ...(options.limits ? { limits: options.limits } : {}) }),
    read: (page) => reader.read(page),
    ...(options.whenQuiet ? { whenQuiet: options.whenQuiet } : {}),
    ...(options.connectivity ? { connectivity: options.connectivity } : {}),
  });
}

/** What background pages wait on: the poller's own idleness, and the network being there. */
export interface FeedActivity {
  whenIdle(): Promise<void>;
  readonly connectivity: { readonly isOffline: boolean; onChange(listener: () => void): () => void };
}

/**
 * Resolves once the poller has nothing queued or in flight and Tidings is not offline: background pages neither
 * compete with a refresh nor knock on servers while the network is gone.
 */
export async function whenFeedsQuiet(feeds: FeedActivity): Promise<void> {
  for (;;) {
    if (feeds.connectivity.isOffline) {
      await new Promise<void>((resolve) => {
        const stop = feeds.connectivity.onChange(() => {
          if (feeds.connectivity.isOffline) return;
          stop();
          resolve();
        });
      });
    }
    await feeds.whenIdle();
    if (!feeds.connectivity.isOffline) return;
  }
}
