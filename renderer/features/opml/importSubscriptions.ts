import { largestOpmlBytes } from '../../../shared/opml/opmlFileLimit';
import { db } from '../../db/instance';
import { importOpml } from '../../db/opmlImport';
import { isImporting, useOpmlDialog, type OpmlImportFailure } from './opmlDialogState';
import { readOpmlOffPage } from './readOpmlOffPage';

/** What the file chooser offers: OPML by its extensions and by the types systems give it. */
export const opmlFileTypes = '.opml,.xml,text/x-opml,application/xml';

export { largestOpmlBytes };

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
 * Imports a file that main read for the window (one given to a launch of Tidings), as if it had been dropped. Main has
 * decoded it already; the byte order mark makes the import read it as UTF-8, whatever its XML declaration says.
 */
export function importOpmlText(fileName: string, text: string): Promise<void> {
  return importOpmlFile(new File(['\uFEFF', text], fileName, { type: 'text/x-opml' }));
}

/** A file given to a launch that main could not read, or refused as too large: the dialog says so as for a dropped one. */
export function showOpmlFileFailure(fileName: string, failure: OpmlImportFailure): void {
  if (!isImporting()) useOpmlDialog.getState().show({ step: 'failed', fileName, failure });
}

/**
 * The `import-opml` command. A page may open a file chooser only in answer to a click or a key, and a command chosen
 * from the desktop menu is neither; so the command opens the import dialog, whose button opens the chooser.
 */
export function startOpmlImport(): void {
  if (!isImporting()) useOpmlDialog.getState().show({ step: 'choosing' });
}
