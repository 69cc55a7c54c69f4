import { openDatabase } from './database';

/** The window's database; modules import this one instance rather than opening their own. */
export const db = openDatabase();
