import { describe, expect, it } from 'vitest';
import { createErrorReportLog, readErrorReport } from '../../../electron/desktop/errorReports';
import { problemReportUrl } from '../../../electron/desktop/problemReport';

describe("the window's errors in the log", () => {
  it('writes a report with where it came from and its stack', () => {
    const lines: string[] = [];
    const report = createErrorReportLog({ write: (line) => lines.push(line) });
    expect(report({ kind: 'error', message: 'TypeError: x is undefined', source: 'tidings://app/index.js:1:2', stack: 'at a\nat b' })).toEqual({ logged: true });
    expect(lines).toEqual(['window error: TypeError: x is undefined (tidings://app/index.js:1:2)\nat a\nat b']);
  });

  it('refuses what is not a report, and bounds what is', () => {
    expect(readErrorReport({ kind: 'other', message: 'x' })).toBeNull();
    expect(readErrorReport({ kind: 'error' })).toBeNull();
    expect(readErrorReport('boom')).toBeNull();
    expect(readErrorReport({ kind: 'unhandledrejection', message: 'x'.repeat(5000), stack: 3 })).toEqual({ kind: 'unhandledrejection', message: 'x'.repeat(2000) });
  });

  it('writes at most so many a minute, then says how many were left out', () => {
    let time = 0;
    const lines: string[] = [];
    const report = createErrorReportLog({ write: (line) => lines.push(line), now: () => time, perMinute: 3 });
    const results = Array.from({ length: 10 }, () => report({ kind: 'error', message: 'again' }).logged);
    expect(results).toEqual([true, true, true, false, false, false, false, false, false, false]);
    time = 60_000;
    report({ kind: 'error', message: 'later' });
    expect(lines).toEqual(['window error: again', 'window error: again', 'window error: again', 'window: 7 more errors in the last minute were not logged', 'window error: later']);
  });
});

describe('reporting a problem', () => {
  it('opens a new issue with the versions filled in, pointing to the log rather than sending it', () => {
    const url = new URL(problemReportUrl({ appVersion: '0.1.0', electronVersion: '45.5.0', platform: 'linux', osVersion: '6.1' }, 'https://github.com/OWNER/tidings/issues'));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/OWNER/tidings/issues/new');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Tidings 0.1.0 · Electron 45.5.0 · linux 6.1');
    expect(body).toContain('Open log folder');
  });
});
