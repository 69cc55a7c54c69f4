import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TidingsDb } from '../../../renderer/db/database';
import { addFeed } from './support';
import { createFolder, deleteFolder, feedsInFolder, folderAtPath, foldersAtPaths, moveFeed, moveFolder, renameFeed, renameFolder, setFolderCollapsed } from '../../../renderer/db/folders';
import { buildSourceTree, folderPaths, visibleRows, type SourceNode } from '../../../renderer/features/sources/sourceTree';

let db: TidingsDb;
beforeEach(async () => {
  db = openDatabase(`folders-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** The tree as a reader sees it: names, indented by depth, folders with a slash. */
async function shown(): Promise<string[]> {
  const tree = buildSourceTree(await db.feeds.toArray(), await db.folders.toArray());
  const lines = (nodes: readonly SourceNode[]): string[] =>
    nodes.flatMap((node) => {
      const indent = '  '.repeat(node.depth);
      return node.kind === 'feed' ? [`${indent}${node.feed.customTitle ?? node.feed.title}`] : [`${indent}${node.folder.name}/`, ...lines(node.children)];
    });
  return lines(tree);
}

describe('folders', () => {
  it('creates nested folders from paths once, however often a path is asked for', async () => {
    const linux = await folderAtPath(db, ['Tech', 'Linux']);
    const again = await folderAtPath(db, ['Tech', 'Linux']);
    const rust = await folderAtPath(db, ['Tech', 'Rust']);
    expect(again).toBe(linux);
    expect(await db.folders.count()).toBe(3);
    const tree = buildSourceTree([], await db.folders.toArray());
    expect(folderPaths(tree).map(({ path }) => path.join('/'))).toEqual(['Tech', 'Tech/Linux', 'Tech/Rust']);
    expect(rust).not.toBe(linux);
  });

  it('finds many paths at once as one path at a time would, reusing folders and making each missing one once', async () => {
    const tech = await folderAtPath(db, ['Tech']);
    const [linux, again, rust, none, news] = await foldersAtPaths(db, [['Tech', 'Linux'], ['Tech', ' Linux '], ['Tech', 'Rust'], [], ['News']]);
    expect(again).toBe(linux);
    expect(none).toBeNull();
    expect((await db.folders.get(linux ?? ''))?.parentId).toBe(tech);
    expect(await folderAtPath(db, ['Tech', 'Rust'])).toBe(rust);
    const tree = buildSourceTree([], await db.folders.toArray());
    expect(folderPaths(tree).map(({ path }) => path.join('/'))).toEqual(['Tech', 'Tech/Linux', 'Tech/Rust', 'News']);
    expect(news).not.toBeNull();
  });

  it('shows subfolders before feeds, and feeds by name until the reader orders them by dragging', async () => {
    const tech = await createFolder(db, 'Tech');
    const b = await addFeed(db, 'https://b.example/feed', 'Bravo');
    const a = await addFeed(db, 'https://a.example/feed', 'Alpha');
    const c = await addFeed(db, 'https://c.example/feed', 'Charlie');
    await moveFeed(db, c.id, { folderId: tech.id });
    expect(await shown()).toEqual(['Tech/', '  Charlie', 'Alpha', 'Bravo']);

    await moveFeed(db, b.id, { folderId: null, beforeId: a.id });
    expect(await shown()).toEqual(['Tech/', '  Charlie', 'Bravo', 'Alpha']);
    await moveFeed(db, a.id, { folderId: tech.id, beforeId: c.id });
    expect(await shown()).toEqual(['Tech/', '  Alpha', '  Charlie', 'Bravo']);
  });

  it('counts a folder’s feeds at any depth, and leaves what is inside a collapsed folder out of view', async () => {
    const news = await folderAtPath(db, ['News']);
    const world = await folderAtPath(db, ['News', 'World']);
    const a = await addFeed(db, 'https://a.example/feed', 'Alpha');
    const b = await addFeed(db, 'https://b.example/feed', 'Bravo');
    await moveFeed(db, a.id, { folderId: news });
    await moveFeed(db, b.id, { folderId: world });
    expect((await feedsInFolder(db, news as string)).sort()).toEqual([a.id, b.id].sort());
    const tree = buildSourceTree(await db.feeds.toArray(), await db.folders.toArray());
    expect(tree[0]?.kind === 'folder' && tree[0].feedIds.sort()).toEqual([a.id, b.id].sort());

    await setFolderCollapsed(db, world as string, true);
    const visible = visibleRows(buildSourceTree(await db.feeds.toArray(), await db.folders.toArray()));
    expect(visible.map(({ node }) => (node.kind === 'feed' ? node.feed.title : node.folder.name))).toEqual(['News', 'World', 'Alpha']);
    // Flat, each row still says where it stands: News holds World then Alpha, and World (shut) is first of two.
    expect(visible.map((row) => [row.parentKey, row.position, row.siblings])).toEqual([
      [null, 1, 1],
      [news, 1, 2],
      [news, 2, 2],
    ]);
  });

  it('refuses to move a folder into itself or one of its subfolders', async () => {
    const outer = await createFolder(db, 'Outer');
    const inner = await createFolder(db, 'Inner', outer.id);
    expect(await moveFolder(db, outer.id, { folderId: inner.id })).toBe(false);
    expect(await moveFolder(db, outer.id, { folderId: outer.id })).toBe(false);
    expect((await db.folders.get(outer.id))?.parentId).toBeNull();
    expect(await moveFolder(db, inner.id, { folderId: null })).toBe(true);
    expect(await shown()).toEqual(['Outer/', 'Inner/']);
  });

  it('renames feeds and folders; an empty name gives a feed its own back', async () => {
    const folder = await createFolder(db, 'Old');
    await renameFolder(db, folder.id, '  New\u0000name ');
    const feed = await addFeed(db, 'https://a.example/feed', 'Alpha');
    await renameFeed(db, feed.id, 'Mine');
    expect(await shown()).toEqual(['New name/', 'Mine']);
    await renameFeed(db, feed.id, '   ');
    expect(await shown()).toEqual(['New name/', 'Alpha']);
  });

  it('deletes a folder keeping its feeds and subfolders one level up, or hands its feeds over to be unsubscribed', async () => {
    const outer = await folderAtPath(db, ['Outer']);
    const inner = await folderAtPath(db, ['Outer', 'Inner']);
    const deeper = await folderAtPath(db, ['Outer', 'Inner', 'Deeper']);
    const a = await addFeed(db, 'https://a.example/feed', 'Alpha');
    const b = await addFeed(db, 'https://b.example/feed', 'Bravo');
    await moveFeed(db, a.id, { folderId: inner });
    await moveFeed(db, b.id, { folderId: deeper });

    expect((await deleteFolder(db, inner as string, 'keep')).sort()).toEqual([a.id, b.id].sort());
    expect(await shown()).toEqual(['Outer/', '  Deeper/', '    Bravo', '  Alpha']);

    expect((await deleteFolder(db, outer as string, 'remove')).sort()).toEqual([a.id, b.id].sort());
    expect(await db.folders.count()).toBe(0);
    expect(await shown()).toEqual(['Alpha', 'Bravo']);
  });

  it('shows a folder whose parent is missing at the top level, and a feed in a missing folder too', async () => {
    await db.folders.add({ id: 'orphan', name: 'Orphan', parentId: 'nowhere', position: 0, collapsed: 0 });
    const feed = await addFeed(db, 'https://a.example/feed', 'Alpha');
    await db.feeds.update(feed.id, { folderId: 'also-nowhere' });
    expect(await shown()).toEqual(['Orphan/', 'Alpha']);
  });
});
