import type { Bridge } from '../../shared/ipc/contract';
import type { OpenTarget } from '../../shared/model/desktop';
import type { LaunchRequest } from '../../shared/model/launch';
import { importOpmlText, showOpmlFileFailure } from '../features/opml/importSubscriptions';
import { openAddFeedWith } from '../features/sources/addFeedRequest';
import { useUi } from '../state/store';

/** A clicked notification: its article in its feed, the feed that brought several, or Unread for several feeds. */
function openTarget(target: OpenTarget): void {
  const ui = useUi.getState();
  if (ui.settingsOpen) ui.setSettingsOpen(false);
  if (target.kind === 'unread') return ui.selectSource({ kind: 'unread' });
  ui.selectSource({ kind: 'feed', feedId: target.feedId });
  if (target.kind === 'article') ui.selectArticle(target.articleKey);
}

/**
 * What a launch asked to open: the add-feed preview of an address, the import of a file as if it had been dropped, or
 * a clicked notification's article.
 */
export function openLaunchRequest(request: LaunchRequest): void {
  if (request.kind === 'open') openTarget(request.target);
  else if (request.kind === 'add-feed') openAddFeedWith(request.address);
  else if (request.kind === 'import-opml') void importOpmlText(request.fileName, request.text);
  else showOpmlFileFailure(request.fileName, request.failure);
}

/**
 * Listens for what later launches ask, then asks main for what came before the window listened: the first launch's
 * command line is read before any window exists, and main keeps it until asked.
 */
export function followLaunchRequests(source: Pick<Bridge, 'invoke' | 'on'>, open: (request: LaunchRequest) => void = openLaunchRequest): () => void {
  let stopped = false;
  const stop = source.on('app:launch', open);
  source
    .invoke('app:pendingLaunches', {})
    .then(({ requests }) => {
      if (!stopped) requests.forEach(open);
    })
    .catch((error: unknown) => console.error('Could not read what Tidings was opened with', error));
  return () => {
    stopped = true;
    stop();
  };
}
