import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { useFeedRows } from '../../app/useFeedRows';
import { feedName } from '../../db/feeds';
import { createFolder, deleteFolder, descendantFolderIds, moveFeed, moveFolder } from '../../db/folders';
import { db } from '../../db/instance';
import type { FeedRecord, FolderRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { CredentialsDialog } from './CredentialsDialog';
import { EditAddressDialog } from './EditAddressDialog';
import { FeedSettingsDialog } from './FeedSettingsDialog';
import { buildSourceTree, folderPaths } from './sourceTree';
import { focusSourceRowAfterChange, useSourcesEditing, type SourceTarget, type SourcesDialog } from './sourcesEditing';
import { unsubscribeFeedsWithUndo } from './unsubscribe';

/** The one dialog of the sources pane that is open, if any. */
export function SourcesDialogs() {
  const dialog = useSourcesEditing((state) => state.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'move':
      return <MoveToDialog key={`${dialog.target.kind}:${dialog.target.id}`} target={dialog.target} />;
    case 'delete-folder':
      return <DeleteFolderDialog key={dialog.folderId} folderId={dialog.folderId} />;
    case 'new-folder':
      return <NewFolderDialog key={dialog.parentId ?? ''} parentId={dialog.parentId} />;
    case 'credentials':
      return <CredentialsDialog key={dialog.feedId} feedId={dialog.feedId} onDone={() => closeDialog({ kind: 'feed', id: dialog.feedId })} />;
    case 'feed-settings':
      return <FeedSettingsDialog key={dialog.feedId} feedId={dialog.feedId} onDone={() => closeDialog({ kind: 'feed', id: dialog.feedId })} />;
    case 'edit-address':
      return <EditAddressDialog key={dialog.feedId} feedId={dialog.feedId} onDone={() => closeDialog({ kind: 'feed', id: dialog.feedId })} />;
  }
}

/** Closes the dialog and hands the keyboard back to the feed or folder it was about. */
function closeDialog(back: SourceTarget | null): void {
  useSourcesEditing.getState().openDialog(null);
  if (back) focusSourceRowAfterChange(back);
}

function useSourcesTables(): { feeds: readonly FeedRecord[]; folders: FolderRecord[] } | null {
  const feeds = useFeedRows();
  const folders = useCoalescedLiveQuery(() => db.folders.toArray(), [], null as FolderRecord[] | null);
  return feeds && folders ? { feeds: feeds.list, folders } : null;
}

/** Moves a feed or folder by keyboard: the same as dragging it, with every folder listed by its path. */
function MoveToDialog({ target }: { target: SourceTarget }) {
  const tables = useSourcesTables();
  const [choice, setChoice] = useState<string>('');
  const [inside, setInside] = useState<string[] | null>(null);
  const name = useId();
  const { t } = useTranslation();
  if (!tables) return null;
  const subject = target.kind === 'feed' ? tables.feeds.find((feed) => feed.id === target.id) : undefined;
  const folder = target.kind === 'folder' ? tables.folders.find((each) => each.id === target.id) : undefined;
  const title = t('sources.moveTitle', { name: subject ? feedName(subject) : (folder?.name ?? '') });
  const current = subject ? (subject.folderId ?? '') : (folder?.parentId ?? '');
  if (target.kind === 'folder' && inside === null) void descendantFolderIds(db, target.id).then((ids) => setInside([target.id, ...ids]));
  const places = folderPaths(buildSourceTree(tables.feeds, tables.folders)).filter((place) => !(inside ?? []).includes(place.folder.id));
  const chosen = choice === '' && current !== '' ? current : choice;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const folderId = chosen === '' ? null : chosen;
    if (target.kind === 'feed') await moveFeed(db, target.id, { folderId });
    else await moveFolder(db, target.id, { folderId });
    closeDialog(target);
  };
  return (
    <ModalDialog title={title} onClose={() => closeDialog(target)}>
      <form method="dialog" onSubmit={(event) => void submit(event)}>
        <div className="choice-list" role="radiogroup" aria-label={title}>
          <label>
            <input type="radio" name={name} value="" checked={chosen === ''} onChange={() => setChoice('')} />
            {t('sources.topLevel')}
          </label>
          {places.map(({ folder: place, path }) => (
            <label key={place.id} style={{ paddingInlineStart: 8 + 16 * (path.length - 1) }}>
              <input type="radio" name={name} value={place.id} checked={chosen === place.id} onChange={() => setChoice(place.id)} />
              {place.name}
            </label>
          ))}
        </div>
        <div className="modal-actions">
          <button type="button" onClick={() => closeDialog(target)}>
            {t('sources.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('sources.move')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Deleting a folder asks what becomes of its feeds: they move up a level, or the reader unsubscribes from them. */
function DeleteFolderDialog({ folderId }: { folderId: string }) {
  const folder = useCoalescedLiveQuery(async () => (await db.folders.get(folderId)) ?? null, [folderId], null as FolderRecord | null);
  const { t } = useTranslation();
  if (!folder) return null;
  const target: SourceTarget = { kind: 'folder', id: folderId };
  const remove = async (feeds: 'keep' | 'remove') => {
    const feedIds = await deleteFolder(db, folderId, feeds);
    closeDialog(null);
    if (feeds === 'remove' && feedIds.length > 0) {
      await unsubscribeFeedsWithUndo(feedIds, i18n.t('sources.folderDeletedWithFeeds', { name: folder.name, count: feedIds.length }), async () => {
        // Undo brings the folder back with its feeds in it (subfolders come back flattened into it).
        await db.transaction('rw', db.folders, db.feeds, async () => {
          await db.folders.put(folder);
          await Promise.all(feedIds.map((id) => db.feeds.update(id, { folderId: folder.id })));
        });
      });
    }
  };
  return (
    <ModalDialog title={t('sources.deleteFolderTitle', { name: folder.name })} onClose={() => closeDialog(target)}>
      <p>{t('sources.deleteFolderQuestion')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => closeDialog(target)}>
          {t('sources.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => void remove('remove')}>
          {t('sources.deleteFolderAndFeeds')}
        </button>
        <button type="button" className="primary" autoFocus onClick={() => void remove('keep')}>
          {t('sources.deleteFolderKeepFeeds')}
        </button>
      </div>
    </ModalDialog>
  );
}

function NewFolderDialog({ parentId }: { parentId: string | null }) {
  const [name, setName] = useState('');
  const field = useId();
  const { t } = useTranslation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const folder = await createFolder(db, name, parentId);
    closeDialog({ kind: 'folder', id: folder.id });
  };
  return (
    <ModalDialog title={t('sources.newFolder')} onClose={() => closeDialog(parentId === null ? null : { kind: 'folder', id: parentId })}>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={field}>{t('sources.folderName')}</label>
        <input id={field} type="text" value={name} autoFocus onChange={(event) => setName(event.target.value)} />
        <div className="modal-actions">
          <button type="button" onClick={() => closeDialog(null)}>
            {t('sources.cancel')}
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('sources.createFolder')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

export type { SourcesDialog };
