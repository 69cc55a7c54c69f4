import './app/themeAtStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { reportUnhandledErrors } from './app/reportErrors';
import { StartFailedScreen } from './app/StartFailedScreen';
import { UpgradeScreen } from './app/UpgradeScreen';
import { runBackfills } from './db/backfill';
import { db } from './db/instance';
import { compactSearchIndex } from './db/search/searchIndex';
import { purgeUnsubscribed } from './db/unsubscribe';
import { undoWindowMs } from './features/articles/undoMarks';
import { i18n } from './i18n';
import { sendMenuWords } from './i18n/menuWords';
import { sendDesktopWords } from './i18n/desktopWords';
import { bridge } from './ipc/bridge';
import { startIconSync } from './sync/iconSync';
import { followConnectivity } from './features/connectivity/connectivityState';
import { startCleanupJob } from './sync/cleanupJob';
import { startFullTextSync } from './sync/fullTextSync';
import { startPollerSync } from './sync/pollerSync';
import { startDesktopSync } from './sync/desktopSync';
import './styles.css';

// First, so that an error while starting reaches the log file too.
reportUnhandledErrors(window, bridge);

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root');
const root = createRoot(element);

// A new version's data moves finish before anything writes an article: they count rows, and a row stored meanwhile
// would be counted twice. Fetch results wait in the main process until they are stored.
async function start(): Promise<void> {
  // The desktop menus need no database: they are in the interface language during an upgrade too.
  sendMenuWords(bridge, i18n);
  sendDesktopWords(bridge, i18n);
  await runBackfills(db, (progress) => root.render(<UpgradeScreen progress={progress} />));
  // Segments a catch-up or an earlier run left small are merged in the background.
  compactSearchIndex(db).catch((error: unknown) => console.error('Could not merge the search index', error));
  // Feeds unsubscribed just before the window closed, their undo never run out: their articles go now.
  purgeUnsubscribed(db, Date.now() - undoWindowMs).catch((error: unknown) => console.error('Could not remove the articles of unsubscribed feeds', error));
  startPollerSync(db, bridge);
  startDesktopSync(db, bridge);
  startIconSync(db, bridge);
  startFullTextSync(db, bridge);
  followConnectivity(bridge);
  startCleanupJob(db);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  console.error('Tidings could not start', error);
  root.render(<StartFailedScreen error={error} />);
});
