import { isAbsolute, resolve } from 'node:path';
import { feedAddressForms, isWebUrl } from '../../shared/util/url';

/** What a launch asks Tidings to open: a feed's address for the add-feed preview, or a list of subscriptions to import. */
export type LaunchTarget = { kind: 'feed'; address: string } | { kind: 'opml'; path: string };

export interface LaunchArgumentOptions {
  /** The folder the launch was made from: a relative file name is relative to it, not to Tidings' own. */
  workingDirectory: string;
  /** Whether a regular file exists there; asked only of names ending in .opml or .xml. */
  isFile: (path: string) => boolean;
}

/**
 * Reads the targets of a command line: `feed:`/`feeds:` links (what the system passes when one is clicked), http(s)
 * addresses, and `.opml`/`.xml` files that exist. The executable, the app's own path, Electron's and Chromium's
 * switches (`--flag`, `--flag=value`, macOS's `-psn_…`) and anything else are skipped rather than refused: the same
 * list arrives from a second launch, where Chromium adds switches of its own and may reorder them.
 */
export function readLaunchArguments(argv: readonly string[], options: LaunchArgumentOptions): LaunchTarget[] {
  const targets: LaunchTarget[] = [];
  for (const argument of argv.slice(1)) {
    const target = launchTargetOf(argument.trim(), options);
    if (target && !targets.some((known) => sameTarget(known, target))) targets.push(target);
  }
  return targets;
}

function launchTargetOf(argument: string, options: LaunchArgumentOptions): LaunchTarget | null {
  if (argument === '' || argument.startsWith('-')) return null;
  if (/^feeds?:/i.test(argument)) return feedLinkTarget(argument);
  if (/^https?:\/\//i.test(argument)) return isWebUrl(argument) ? { kind: 'feed', address: new URL(argument).href } : null;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(argument)) return null;
  if (!/\.(opml|xml)$/i.test(argument)) return null;
  const path = isAbsolute(argument) ? argument : resolve(options.workingDirectory, argument);
  return options.isFile(path) ? { kind: 'opml', path } : null;
}

/**
 * `feed:https://…` carries a whole address, which the add box shows as it is. `feed://host/…` says nothing of the
 * scheme, so it is passed on as written, and the add box tries https and then http as it does for a typed address.
 */
export function feedLinkTarget(link: string): LaunchTarget | null {
  const forms = feedAddressForms(link);
  if (!forms.ok) return null;
  const wrapped = /^feeds?:(?!\/\/)/i.test(link);
  return { kind: 'feed', address: wrapped ? forms.tries[0] : link };
}

function sameTarget(a: LaunchTarget, b: LaunchTarget): boolean {
  return a.kind === 'feed' ? b.kind === 'feed' && a.address === b.address : b.kind === 'opml' && a.path === b.path;
}
