import type { Person } from '../../../../shared/model/article';
import type { PrefixRenames } from './elementNames';

/** What an item's reading needs from around it. */
export interface ItemContext {
  /** What the item's relative addresses mean: the feed's xml:base, else the feed's own address. */
  base: string;
  /** The feed's xml:base, or null when it has none (see againstXmlBase). */
  xmlBase: string | null;
  /** An Atom entry without an author of its own has the feed's (RFC 4287, 4.2.1). */
  feedAuthors: Person[];
  /** Prefixes the document binds to known namespaces under unusual names (see elementNames). */
  renames: PrefixRenames;
}
