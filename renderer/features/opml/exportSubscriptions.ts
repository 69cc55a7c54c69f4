import { db } from '../../db/instance';
import { exportOpml } from '../../db/opmlExport';

export const exportFileName = 'tidings-subscriptions.opml';

/** How long the file stays downloadable after the click: the browser has taken it long before. */
const keepDownloadMs = 60_000;

/**
 * The `export-opml` command: every followed feed as an OPML file, saved as a download. A link with `download` works
 * alike in a browser and in the desktop window, which asks where to save it.
 */
export async function exportSubscriptions(now = Date.now()): Promise<void> {
  const text = await exportOpml(db, now);
  const address = URL.createObjectURL(new Blob([text], { type: 'text/x-opml;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = address;
  link.download = exportFileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked at once, the address could be gone before the download reads it.
  setTimeout(() => URL.revokeObjectURL(address), keepDownloadMs);
}
