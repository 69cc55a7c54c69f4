import type { Handlers } from '../../shared/ipc/contract';
import type { LaunchRequest } from '../../shared/model/launch';
import { createErrorReportLog } from '../desktop/errorReports';

export interface LaunchHooks {
  /** What launches asked to open before the window listened (the desktop's LaunchInbox); none under `npm run web`. */
  pendingLaunches?: () => LaunchRequest[];
  /** Where the window's errors are written: the desktop's log file. */
  writeLog?: (line: string) => void;
}

/**
 * The handlers of launching and of the window's errors. Without a log file (`npm run web`, tests), the window's errors
 * go to stderr, beside the web app's own messages, where whoever started it sees them.
 */
export function launchHandlers(hooks: LaunchHooks = {}): Pick<Handlers, 'app:pendingLaunches' | 'app:reportError'> {
  const report = createErrorReportLog({ write: hooks.writeLog ?? ((line) => process.stderr.write(`${line}\n`)) });
  return {
    'app:pendingLaunches': async () => ({ requests: hooks.pendingLaunches?.() ?? [] }),
    'app:reportError': async (request) => report(request),
  };
}
