import { feedLinkTarget, readLaunchArguments, type LaunchTarget } from './launchArguments';

/** Schemes of links to feeds that browsers and pages use; Tidings offers to open them. */
export const feedSchemes = ['feed', 'feeds'] as const;

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's `app` that launching uses, so that it is tested with a recorder instead. */
export interface LaunchingApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  setAsDefaultProtocolClient(protocol: string): boolean;
  on(event: 'second-instance', listener: (event: PreventableEvent, argv: string[], workingDirectory: string) => void): unknown;
  on(event: 'open-url', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
}

export interface LaunchingOptions {
  /** This launch's command line and folder. */
  argv: readonly string[];
  workingDirectory: string;
  isFile: (path: string) => boolean;
  /**
   * Only an installed Tidings registers as the handler of `feed:` links: a development build would register the bare
   * Electron binary, which opens no app at all.
   */
  packaged: boolean;
  /** Something to open, from this launch, a later one, or (macOS) a link or file handed to the running app. */
  open: (targets: LaunchTarget[]) => void;
  /** Another launch was made: the window comes forward, whether or not it brought something to open. */
  showWindow: () => void;
}

/**
 * One Tidings at a time: a second launch hands its command line to the first and quits, and the first shows its
 * window and opens what it was given. Answers false for the launch that is to quit.
 */
export function startLaunching(app: LaunchingApp, options: LaunchingOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  if (options.packaged) for (const scheme of feedSchemes) app.setAsDefaultProtocolClient(scheme);

  const openAll = (targets: LaunchTarget[]) => {
    if (targets.length > 0) options.open(targets);
  };
  app.on('second-instance', (_event, argv, workingDirectory) => {
    options.showWindow();
    // Whatever else a second launch brought, a missing list is no list: nothing to open, the window shown anyway.
    if (Array.isArray(argv)) openAll(readLaunchArguments(argv, { workingDirectory: workingDirectory ?? options.workingDirectory, isFile: options.isFile }));
  });
  // macOS hands links and files to the running app (or to the one it starts) as events, not on the command line.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const target = feedLinkTarget(url);
    openAll(target ? [target] : []);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openAll(/\.(opml|xml)$/i.test(path) ? [{ kind: 'opml', path }] : []);
  });
  openAll(readLaunchArguments(options.argv, { workingDirectory: options.workingDirectory, isFile: options.isFile }));
  return true;
}
