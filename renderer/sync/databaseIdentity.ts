const generated = new Map<string, string>();

/**
 * A name for this browser profile's database, kept beside it in the origin's storage, so that the main process can
 * tell when results are stored into another database than before (another browser on `npm run web`, or data cleared)
 * and forget what it knew to be stored.
 */
export function databaseIdentity(databaseName: string): string {
  const key = `tidings.database.${databaseName}`;
  try {
    const known = localStorage.getItem(key);
    if (known) return known;
    const made = crypto.randomUUID();
    localStorage.setItem(key, made);
    return made;
  } catch {
    // No storage (tests under Node, storage refused): one name for as long as the page lives.
    let made = generated.get(databaseName);
    if (!made) generated.set(databaseName, (made = crypto.randomUUID()));
    return made;
  }
}
