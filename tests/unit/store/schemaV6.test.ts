import 'fake-indexeddb/auto';
import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyFeedDetails } from '../../../shared/model/article';
import { bodyOf } from '../../../renderer/db/bodies';
import { articleKey } from '../../../renderer/db/database';
import { storePollResult } from '../../../renderer/db/ingest';
import { schemaVersions } from '../../../renderer/db/migrations';
import { feedRowBeforeVersion6, upgradePopulatedDatabase } from '../foundation/support/schemaUpgrade';
import { parsedArticle, updated } from '../foundation/support/fixtures';

const upToVersionFive = schemaVersions.filter((schema) => schema.version <= 5);
const t0 = 1_719_309_600_000;

/** A database as version 5 stored it: feeds without details, bodies with categories as strings. */
async function populateVersion5(db: Dexie): Promise<void> {
  await db.table('feeds').add(
    feedRowBeforeVersion6('pod', t0, { title: 'A podcast', customTitle: 'My podcast', siteUrl: 'https://pod.example/', language: 'en', etag: '"v5"', pollIntervalMinutes: 30 }),
  );
  await db.table('articles').add({
    key: 'pod e1',
    feedId: 'pod',
    articleId: 'e1',
    title: 'Episode 1',
    url: 'https://pod.example/e1',
    author: 'Example editor',
    published: new Date(t0).toISOString(),
    sortTime: t0,
    firstSeenAt: t0,
    read: 0,
    starred: 1,
    unreadTime: t0,
    starredTime: t0,
    language: 'en',
    detectedLanguage: 'en',
    languageConfidence: 0.9,
    translationFrom: null,
    storyKey: null,
    excerpt: 'The first episode.',
    digest: 'v5-digest',
  });
  await db.table('bodies').add({
    key: 'pod e1',
    contentHtml: '<p>The first episode.</p>',
    baseUrl: 'https://pod.example/e1',
    enclosures: [{ url: 'https://pod.example/e1.mp3', type: 'audio/mpeg', length: 1234 }],
    categories: ['Technology', 'News'],
    alternates: [],
    translation: null,
    sourceLinks: [],
    credits: [],
  });
}

describe('schema version 6: the complete feed model', () => {
  it('keeps every feed, article and body of a version 5 store, gives feeds empty details, and reads old bodies in the new shape', async () => {
    const { db } = await upgradePopulatedDatabase({ from: upToVersionFive, to: schemaVersions, populate: populateVersion5 });
    const feed = await db.feeds.get('pod');
    expect(feed).toMatchObject({ customTitle: 'My podcast', etag: '"v5"', pollIntervalMinutes: 30, details: emptyFeedDetails() });

    const stored = await db.bodies.get('pod e1');
    expect(stored).toBeDefined();
    const body = stored && bodyOf(stored);
    expect(body?.categories).toEqual([
      { term: 'Technology', scheme: null, label: null },
      { term: 'News', scheme: null, label: null },
    ]);
    expect(body).toMatchObject({ contentHtml: '<p>The first episode.</p>', summaryHtml: null, authors: [], contributors: [], imageUrl: null, comments: null, geo: null });
    expect(body?.enclosures[0]?.url).toBe('https://pod.example/e1.mp3');
    await db.delete();
  });

  it('stores what a feed says of itself on its next read, and the new article fields, after the upgrade', async () => {
    const { db } = await upgradePopulatedDatabase({ from: upToVersionFive, to: schemaVersions, populate: populateVersion5 });
    const details = { ...emptyFeedDetails(), description: 'Weekly talk about the web', iconUrl: 'https://pod.example/icon.png', rights: '© Example' };
    const episode = parsedArticle('e2', {
      summaryHtml: '<p>Short</p>',
      authors: [{ name: 'Example editor', email: 'me@example.com', url: null }],
      categories: [{ term: 'tech', scheme: 'https://pod.example/tags', label: 'Technology' }],
      enclosures: [{ url: 'https://pod.example/e2.mp3', type: 'audio/mpeg', length: 999, duration: 3723 }],
      imageUrl: 'https://pod.example/e2.jpg',
      comments: { url: 'https://pod.example/e2#comments', count: 4, feedUrl: null },
      geo: { latitude: 21.03, longitude: 105.85 },
    });
    await storePollResult(db, { feedId: 'pod', url: 'https://pod.example/rss', fetchedAt: t0 + 1000, outcome: updated([episode], { feed: { details } }) });

    expect((await db.feeds.get('pod'))?.details).toEqual(details);
    const key = articleKey('pod', 'e2');
    expect((await db.articles.get(key))?.imageUrl).toBe('https://pod.example/e2.jpg');
    const stored = await db.bodies.get(key);
    expect(stored && bodyOf(stored)).toMatchObject({
      summaryHtml: '<p>Short</p>',
      authors: episode.authors,
      categories: episode.categories,
      enclosures: episode.enclosures,
      comments: episode.comments,
      geo: episode.geo,
    });
    // The article stored before the upgrade is untouched, its star included.
    expect(await db.articles.get('pod e1')).toMatchObject({ starred: 1, digest: 'v5-digest' });
    await db.delete();
  });
});
