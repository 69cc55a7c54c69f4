import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { setLanguageHidden, setPreferredLanguages } from '../../../renderer/db/preferences';
import type { ArticleRecord } from '../../../renderer/db/records';
import { groupStories } from '../../../renderer/features/stories/groupStories';
import { listStories, versionsInOtherLanguages } from '../../../renderer/features/stories/storyQueries';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle } from '../foundation/support/fixtures';
import { feedWith, storyVersion } from './support';

const database = useFreshDatabase();

function row(key: string, language: string | null, sortTime: number, storyKey: string | null): ArticleRecord {
  return {
    key,
    feedId: 'feed',
    articleId: key,
    title: key,
    url: null,
    author: null,
    published: null,
    sortTime,
    firstSeenAt: sortTime,
    read: 0,
    starred: 0,
    language,
    detectedLanguage: language,
    languageConfidence: null,
    translationFrom: null,
    storyKey,
    excerpt: '',
    digest: '',
  };
}

const keys = (rows: readonly ArticleRecord[]) => rows.map((article) => article.key);

describe('groupStories', () => {
  const fr = row('fr', 'fr', 30, 'story');
  const en = row('en', 'en', 40, 'story');
  const vi = row('vi', 'vi', 10, 'story');
  const es = row('es', 'es', 20, 'story');
  const alone = row('alone', 'fr', 35, null);
  const newestFirst = [en, alone, fr, es, vi];

  it('lists a story once, in the first preferred language it exists in, with a tag for each other language', () => {
    const stories = groupStories(newestFirst, ['de', 'fr', 'en']);
    expect(stories.map((story) => story.shown.key)).toEqual(['alone', 'fr']);
    const story = stories[1];
    expect(keys(story?.otherLanguages ?? [])).toEqual(['en', 'es', 'vi']);
    expect(keys(story?.versions ?? [])).toEqual(['en', 'fr', 'es', 'vi']);
  });

  it('shows the newest version when none is in a preferred language', () => {
    const stories = groupStories(newestFirst, ['de']);
    expect(stories.map((story) => story.shown.key)).toEqual(['en', 'alone']);
    expect(keys(stories[0]?.otherLanguages ?? [])).toEqual(['es', 'fr', 'vi']);
  });

  it('keeps articles without a story key apart, and does not tag a second version in the shown language', () => {
    const otherFrench = row('fr-2', 'fr', 25, 'story');
    const unknown = row('unknown', null, 15, 'story');
    const stories = groupStories([alone, fr, otherFrench, unknown, row('lone', 'fr', 5, null)], ['fr']);
    expect(stories.map((story) => story.shown.key)).toEqual(['alone', 'fr', 'lone']);
    expect(stories[1]?.versions).toHaveLength(3);
    expect(stories[1]?.otherLanguages).toEqual([]);
  });

  it('orders stories by the version shown', () => {
    const older = row('older', 'fr', 1, 'other');
    const newerEnglish = row('newer-en', 'en', 100, 'other');
    const stories = groupStories([newerEnglish, fr, older], ['fr']);
    expect(stories.map((story) => story.shown.key)).toEqual(['fr', 'older']);
  });
});

describe('stories from stored articles', () => {
  it('ties the original and its translations by the original address, at ingest', async () => {
    const db = database();
    const french = await feedWith(db, 'https://fr.example/rss', [storyVersion('fr', 'fr', 12)]);
    const english = await feedWith(db, 'https://en.example/rss', [storyVersion('en', 'en', 14), parsedArticle('unrelated', { language: 'en' })]);
    const vietnamese = await feedWith(db, 'https://vi.example/rss', [storyVersion('vi', 'vi', 0)]);
    const stored = await db.articles.bulkGet([articleKey(french.id, 'fr'), articleKey(english.id, 'en'), articleKey(vietnamese.id, 'vi')]);
    expect(new Set(stored.map((article) => article?.storyKey))).toEqual(new Set(['nguoiduatin.vn/bo-truong-quoc-phong-my-dien-dam-voi-bo-truong-quoc-phong-nga-a670059.html']));

    await setPreferredLanguages(db, ['fr', 'en']);
    const stories = await listStories(db, { kind: 'all' }, []);
    expect(stories.map((story) => story.shown.articleId)).toEqual(['unrelated', 'fr']);
    expect(stories[1]?.otherLanguages.map((version) => version.language)).toEqual(['en', 'vi']);

    await setPreferredLanguages(db, ['vi']);
    expect((await listStories(db, { kind: 'all' }, [])).map((story) => story.shown.articleId)).toEqual(['unrelated', 'vi']);
  });

  it('finds the other languages of a story across every feed, even in one feed’s list, leaving out hidden languages', async () => {
    const db = database();
    const french = await feedWith(db, 'https://fr.example/rss', [storyVersion('fr', 'fr', 12)]);
    await feedWith(db, 'https://en.example/rss', [storyVersion('en', 'en', 14), storyVersion('en-update', 'en', 16)]);
    await feedWith(db, 'https://vi.example/rss', [storyVersion('vi', 'vi', 0)]);

    const frenchList = await listStories(db, { kind: 'feed', feedId: french.id }, []);
    expect(frenchList).toHaveLength(1);
    expect(frenchList[0]?.otherLanguages).toEqual([]); // the list groups only what it lists

    const frenchArticle = frenchList[0]?.shown;
    if (!frenchArticle) throw new Error('no French article');
    const others = await versionsInOtherLanguages(db, frenchArticle);
    expect(others.map((version) => [version.language, version.articleId])).toEqual([
      ['en', 'en-update'],
      ['vi', 'vi'],
    ]);

    await setLanguageHidden(db, 'vi', true);
    expect((await versionsInOtherLanguages(db, frenchArticle)).map((version) => version.language)).toEqual(['en']);
  });

  it('has no other versions for an article that names no original', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://fr.example/rss', [parsedArticle('plain', { language: 'fr', url: null })]);
    const article = await db.articles.get(articleKey(feed.id, 'plain'));
    expect(article?.storyKey).toBeNull();
    if (article) expect(await versionsInOtherLanguages(db, article)).toEqual([]);
  });
});
