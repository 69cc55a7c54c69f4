import { openDatabase } from '../db/database';
import { ingestInThread, serveIngest, type MessageEnd } from './ingestChannel';
import { wholeIndexNotes } from './wholeIndexNotes';

/**
 * The dedicated worker that stores what the poller fetched, started by the window that is the database's writer and
 * named after the database. Storing a refresh's tens of thousands of articles (their rows, counts and search postings,
 * and IndexedDB's serialising of them) runs on this thread, so the window's stays free to draw and answer the reader;
 * the window's live queries learn of each write as they do of another tab's.
 */
const scope = self as unknown as MessageEnd & { name: string };
const db = openDatabase(scope.name);
db.use(wholeIndexNotes);
// Nothing to paint here: each transaction's puts go at once (see StoreOptions).
serveIngest(ingestInThread(db, { inSlices: false }), scope);
