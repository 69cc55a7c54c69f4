// @vitest-environment jsdom
// The toggle's module imports its stylesheet, as Vite lets it; these are the types that say so.
/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';

const { FeedImagesToggle } = await import('../../../renderer/features/sources/FeedImagesToggle');
const { db } = await import('../../../renderer/db/instance');
const { addFeed, toSubscriptions } = await import('../../../renderer/db/feeds');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('a feed’s choice to keep its pictures', () => {
  it('is on for a new feed, and turned off, tells the poller so', async () => {
    const feed = await addFeed(db, 'https://photos.example/feed.xml', 0);
    expect(toSubscriptions([feed])[0]).not.toHaveProperty('cacheImages');
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(createElement(FeedImagesToggle, { feed })));
    const box = container.querySelector('input');
    expect(container.textContent).toBe('Keep pictures for reading offline');
    expect(box?.checked).toBe(true);
    await act(async () => box?.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const stored = await db.feeds.get(feed.id);
    expect(stored?.cacheImages).toBe(0);
    expect(stored && toSubscriptions([stored])[0]?.cacheImages).toBe(false);
    act(() => root.unmount());
  });
});
