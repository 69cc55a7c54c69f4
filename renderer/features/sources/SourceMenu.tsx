import { ContextMenu, type MenuItem } from '../../app/ContextMenu';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { setFeedPaused } from '../../db/feeds';
import { feedsInFolder } from '../../db/folders';
import { db } from '../../db/instance';
import type { FeedRecord, FolderRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { markSourceReadWithUndo } from '../articles/undoMarks';
import { refreshFeeds } from './refresh';
import { focusSourceRow, useSourcesEditing, type SourceTarget } from './sourcesEditing';
import { unsubscribeWithUndo } from './unsubscribe';

/** The menu of the feed or folder it was opened on, while one is open. */
export function SourceMenu() {
  const menu = useSourcesEditing((state) => state.menu);
  const closeMenu = useSourcesEditing((state) => state.closeMenu);
  const { t } = useTranslation();
  const target = menu?.target ?? null;
  const record = useCoalescedLiveQuery(
    async () => (target === null ? null : target.kind === 'feed' ? ((await db.feeds.get(target.id)) ?? null) : ((await db.folders.get(target.id)) ?? null)),
    [target?.kind, target?.id],
    null as FeedRecord | FolderRecord | null,
  );
  if (!menu || !record || record.id !== menu.target.id) return null;
  const items = menu.target.kind === 'feed' ? feedItems(record as FeedRecord) : folderItems(record as FolderRecord);
  const close = (refocus: boolean) => {
    closeMenu();
    if (refocus) focusSourceRow(menu.target);
  };
  return <ContextMenu items={items} place={menu.place} label={t('sources.menuOf', { name: 'name' in record ? record.name : (record.customTitle ?? record.title) })} onClose={close} />;
}

function feedItems(feed: FeedRecord): MenuItem[] {
  const target: SourceTarget = { kind: 'feed', id: feed.id };
  const { startRenaming, openDialog } = useSourcesEditing.getState();
  const items: MenuItem[] = [
    { label: i18n.t('sources.menuMarkAllRead'), action: 'mark the feed read', run: () => markSourceReadWithUndo({ kind: 'feed', feedId: feed.id }) },
    { label: i18n.t('sources.menuRefresh'), action: 'refresh the feed', run: () => refreshFeeds([feed.id]) },
    { label: i18n.t('sources.menuRename'), action: 'rename the feed', run: () => startRenaming(target) },
    { label: i18n.t('sources.menuMoveTo'), action: 'move the feed', run: () => openDialog({ kind: 'move', target }) },
  ];
  if (feed.siteUrl) {
    const site = feed.siteUrl;
    items.push({ label: i18n.t('sources.menuOpenSite'), action: 'open the site', run: () => bridge.invoke('shell:openExternal', { url: site }) });
  }
  items.push(
    { label: i18n.t('sources.menuCopyAddress'), action: 'copy the feed address', run: () => navigator.clipboard.writeText(feed.url) },
    { label: i18n.t('sources.menuEditAddress'), action: 'edit the feed address', run: () => openDialog({ kind: 'edit-address', feedId: feed.id }) },
    { label: i18n.t('credentials.menuItem'), action: 'set the feed password', run: () => openDialog({ kind: 'credentials', feedId: feed.id }) },
    { label: i18n.t('sources.menuSettings'), action: 'show the feed settings', run: () => openDialog({ kind: 'feed-settings', feedId: feed.id }) },
    feed.paused
      ? { label: i18n.t('sources.menuResume'), action: 'resume checking the feed', run: () => setFeedPaused(db, feed.id, false) }
      : { label: i18n.t('sources.menuPause'), action: 'pause checking the feed', run: () => setFeedPaused(db, feed.id, true) },
    { label: i18n.t('sources.menuUnsubscribe'), action: 'unsubscribe', run: () => unsubscribeWithUndo(feed.id), separated: true },
  );
  return items;
}

function folderItems(folder: FolderRecord): MenuItem[] {
  const target: SourceTarget = { kind: 'folder', id: folder.id };
  const { startRenaming, openDialog } = useSourcesEditing.getState();
  return [
    { label: i18n.t('sources.menuMarkAllRead'), action: 'mark the folder read', run: () => markSourceReadWithUndo({ kind: 'folder', folderId: folder.id }) },
    { label: i18n.t('sources.menuRefresh'), action: 'refresh the folder', run: async () => refreshFeeds(await feedsInFolder(db, folder.id)) },
    { label: i18n.t('sources.menuRename'), action: 'rename the folder', run: () => startRenaming(target) },
    { label: i18n.t('sources.menuNewSubfolder'), action: 'make a folder inside', run: () => openDialog({ kind: 'new-folder', parentId: folder.id }) },
    { label: i18n.t('sources.menuMoveTo'), action: 'move the folder', run: () => openDialog({ kind: 'move', target }) },
    { label: i18n.t('sources.menuDeleteFolder'), action: 'delete the folder', run: () => openDialog({ kind: 'delete-folder', folderId: folder.id }), separated: true },
  ];
}
