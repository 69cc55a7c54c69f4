import { describe, expect, it } from 'vitest';
import type { LaunchTarget } from '../../../electron/desktop/launchArguments';
import { startLaunching, type LaunchingApp } from '../../../electron/desktop/launching';

type Listener = (event: { preventDefault(): void }, ...rest: never[]) => void;

/** Stands in for Electron's `app`, recording what launching asks of it. */
function recordingApp(hasLock = true) {
  const calls: string[] = [];
  const listeners = new Map<string, Listener>();
  const app = {
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return hasLock;
    },
    quit: () => void calls.push('quit'),
    setAsDefaultProtocolClient: (scheme: string) => {
      calls.push(`setAsDefaultProtocolClient ${scheme}`);
      return true;
    },
    on: (event: string, listener: Listener) => {
      calls.push(`on ${event}`);
      listeners.set(event, listener);
    },
  } as LaunchingApp;
  const fire = (event: string, ...args: unknown[]) => {
    let prevented = false;
    (listeners.get(event) as (...all: unknown[]) => void)({ preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { app, calls, fire };
}

function start(app: LaunchingApp, argv: string[] = ['tidings'], packaged = true) {
  const opened: LaunchTarget[][] = [];
  let shown = 0;
  const started = startLaunching(app, {
    argv,
    workingDirectory: '/home/ana',
    isFile: (path) => path === '/home/ana/feeds.opml' || path === '/tmp/other.opml',
    packaged,
    open: (targets) => opened.push(targets),
    showWindow: () => (shown += 1),
  });
  return { started, opened, shown: () => shown };
}

describe('launching Tidings', () => {
  it('quits a second launch at once, registering nothing: the first gets its arguments', () => {
    const { app, calls } = recordingApp(false);
    expect(start(app, ['tidings', 'feed:https://example.com/rss']).started).toBe(false);
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
  });

  it('registers the feed: and feeds: schemes when installed, and listens for later launches, links and files', () => {
    const { app, calls } = recordingApp();
    expect(start(app).started).toBe(true);
    expect(calls).toEqual([
      'requestSingleInstanceLock',
      'setAsDefaultProtocolClient feed',
      'setAsDefaultProtocolClient feeds',
      'on second-instance',
      'on open-url',
      'on open-file',
    ]);
  });

  it('leaves the schemes alone in a development build', () => {
    const { app, calls } = recordingApp();
    start(app, ['electron', '.'], false);
    expect(calls.filter((call) => call.startsWith('setAsDefault'))).toEqual([]);
  });

  it("opens the first launch's own arguments", () => {
    const { opened } = start(recordingApp().app, ['tidings', '--no-sandbox', 'feeds.opml', 'feed:https://example.com/rss']);
    expect(opened).toEqual([
      [
        { kind: 'opml', path: '/home/ana/feeds.opml' },
        { kind: 'feed', address: 'https://example.com/rss' },
      ],
    ]);
  });

  it('shows the window for a second launch and opens what it brought, relative to its own folder', () => {
    const { app, fire } = recordingApp();
    const launch = start(app);
    fire('second-instance', ['tidings'], '/tmp');
    expect(launch.shown()).toBe(1);
    expect(launch.opened).toEqual([]);
    fire('second-instance', ['tidings', 'other.opml', '--flag'], '/tmp');
    expect(launch.shown()).toBe(2);
    expect(launch.opened).toEqual([[{ kind: 'opml', path: '/tmp/other.opml' }]]);
  });

  it("takes macOS's open-url and open-file events, preventing its default handling", () => {
    const { app, fire } = recordingApp();
    const launch = start(app);
    expect(fire('open-url', 'feed://example.org/atom')).toBe(true);
    expect(fire('open-file', '/Users/ana/list.opml')).toBe(true);
    expect(fire('open-file', '/Users/ana/photo.png')).toBe(true);
    expect(launch.opened).toEqual([[{ kind: 'feed', address: 'feed://example.org/atom' }], [{ kind: 'opml', path: '/Users/ana/list.opml' }]]);
  });
});
