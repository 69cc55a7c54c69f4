import { db } from '../../db/instance';
import { importOpml } from '../../db/opmlImport';
import { isImporting, useOpmlDialog } from './opmlDialogState';
import { readOpmlOffPage } from './readOpmlOffPage';

/** What the file chooser offers: OPML by its extensions and by the types systems give it. */
export const opmlFileTypes = '.opml,.xml,text/x-opml,application/xml';

/**
 * A list of even ten thousand feeds is a few megabytes; a larger file is something else dropped by mistake, and is
 * refused before it is read into memory.
 */
export const largestOpmlBytes = 20 * 1024 * 1024;

/**
 * Imports the feeds of a file the reader chose or dropped, showing the dialog's progress and then its summary, or why
 * nothing was imported. One import at a time: a file given while one runs is ignored.
 */
export async function importOpmlFile(file: File): Promise<void> {
  if (isImporting()) return;
  const { show } = useOpmlDialog.getState();
  const fileName = file.name;
  if (file.size > largestOpmlBytes) return show({ step: 'failed', fileName, failure: { reason: 'too-large', bytes: file.size } });
  show({ step: 'importing', fileName, done: 0, total: 0 });
  try {
    const reading = await readOpmlOffPage(new Uint8Array(await file.arrayBuffer()));
    const outcome = await importOpml(db, reading, {
      now: Date.now(),
      onProgress: ({ done, total }) => show({ step: 'importing', fileName, done, total }),
    });
    if (outcome.kind === 'failed') show({ step: 'failed', fileName, failure: { reason: 'not-imported', detail: outcome.error } });
    else show({ step: 'finished', fileName, summary: outcome });
  } catch (error) {
    show({ step: 'failed', fileName, failure: { reason: 'not-imported', detail: error instanceof Error ? error.message : String(error) } });
  }
}

/**
 * The `import-opml` command. A page may open a file chooser only in answer to a click or a key, and a command chosen
 * from the desktop menu is neither; so the command opens the import dialog, whose button opens the chooser.
 */
export function startOpmlImport(): void {
  if (!isImporting()) useOpmlDialog.getState().show({ step: 'choosing' });
}
