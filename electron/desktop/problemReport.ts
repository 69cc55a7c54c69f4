/**
 * Where problems are reported. A placeholder until the project's repository is named: README, "Launching, menus and
 * the log file", says to put the real one here.
 */
export const issueTracker = 'https://github.com/OWNER/tidings/issues';

export interface ProblemReportFacts {
  appVersion: string;
  electronVersion: string;
  platform: string;
  osVersion: string;
}

/**
 * "Report a problem" opens a new issue with what a maintainer asks first already filled in. The log is only pointed
 * to, for the reader to attach if they wish: it names their feeds, and its path their user name.
 */
export function problemReportUrl(facts: ProblemReportFacts, tracker = issueTracker): string {
  const body = [
    '**What happened, and what did you expect?**',
    '',
    '',
    '**Steps to reproduce**',
    '',
    '',
    '---',
    `Tidings ${facts.appVersion} · Electron ${facts.electronVersion} · ${facts.platform} ${facts.osVersion}`,
    'If you can, attach main.log from Help → Open log folder.',
  ].join('\n');
  return `${tracker}/new?${new URLSearchParams({ body }).toString()}`;
}
