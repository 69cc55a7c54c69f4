import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeFullText, withoutFullText } from '../../../renderer/db/fullText';
import { compactSearchIndex } from '../../../renderer/db/search/searchIndex';
import type { ExtractedPage } from '../../../shared/model/fullText';
import { useFreshDatabase } from '../foundation/support/database';
import { article, feedWith, fetchAgain, found } from './support';

const database = useFreshDatabase();

function page(html: string): ExtractedPage {
  return { html, url: 'https://example.com/articles/teaser', language: 'en', canonicalUrl: null, siteName: null, textLength: html.length };
}

const teaser = (overrides: Parameters<typeof article>[4] = {}) => article('teaser', 'Airship news', 'A short summary of the story…', 1, overrides);

describe('the page of an article in search', () => {
  it('finds an article by a word only its page has, once the page is stored', async () => {
    const db = database();
    const feed = await feedWith(db, 'news', [teaser(), article('other', 'Weather', 'Rain again', 2)]);
    expect(await found(db, 'zeppelin')).toEqual([]);
    expect(await storeFullText(db, `${feed.id} teaser`, page('<p>The zeppelin landed in Friedrichshafen.</p>'))).toBe(true);
    expect(await found(db, 'zeppelin')).toEqual(['teaser']);
    expect(await found(db, 'friedrichshafen airship')).toEqual(['teaser']);
    // The feed's own words still find it, and once only.
    expect(await found(db, 'summary')).toEqual(['teaser']);
    await compactSearchIndex(db, () => Promise.resolve());
    expect(await found(db, 'zeppelin')).toEqual(['teaser']);
  });

  it('keeps the page, and its words in search, when the feed edits the item at the same address', async () => {
    const db = database();
    const feed = await feedWith(db, 'news', [teaser()]);
    const key = `${feed.id} teaser`;
    await storeFullText(db, key, page('<p>The zeppelin landed.</p>'));
    await fetchAgain(db, feed, [teaser({ title: 'Airship news (updated)' })]);
    expect((await db.articles.get(key))?.title).toBe('Airship news (updated)');
    expect((await db.bodies.get(key))?.fullText?.html).toBe('<p>The zeppelin landed.</p>');
    expect(await found(db, 'zeppelin')).toEqual(['teaser']);
    expect(await found(db, 'updated')).toEqual(['teaser']);
    await compactSearchIndex(db, () => Promise.resolve());
    expect(await found(db, 'zeppelin updated')).toEqual(['teaser']);
  });

  it('drops the page when the edited item points at another address, so that it is fetched again', async () => {
    const db = database();
    const feed = await feedWith(db, 'news', [teaser()]);
    const key = `${feed.id} teaser`;
    await storeFullText(db, key, page('<p>The zeppelin landed.</p>'));
    await fetchAgain(db, feed, [teaser({ url: 'https://example.com/articles/another-story' })]);
    expect((await db.bodies.get(key))?.fullText).toBeUndefined();
    expect(await withoutFullText(db, [key])).toEqual(new Set([key]));
    expect(await found(db, 'zeppelin')).toEqual([]);
  });

  it('stores nothing for an article no longer stored', async () => {
    const db = database();
    const feed = await feedWith(db, 'news', [teaser()]);
    expect(await storeFullText(db, `${feed.id} gone`, page('<p>zeppelin</p>'))).toBe(false);
    expect(await found(db, 'zeppelin')).toEqual([]);
  });
});
