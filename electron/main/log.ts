import { app } from 'electron';
import log from 'electron-log/main';
import { dirname, join } from 'node:path';

/** The log file is 1 MB at most; past that it becomes `main.old.log` (replacing the one before) and a new one starts. */
const largestLogBytes = 1024 * 1024;

/**
 * Starts the log file, `logs/main.log` in the user data folder on every system (electron-log's own default puts it
 * elsewhere on macOS), and catches what main leaves unhandled. Errors are logged, never shown as a dialog: a failed
 * fetch in the background is no reason to interrupt the reader.
 */
export function startLog(): typeof log {
  const file = join(app.getPath('userData'), 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = largestLogBytes;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  // Main's modules report through console (they run under Node in tests too): the log file gets what they say.
  Object.assign(console, log.functions);
  // Renderer crashes, GPU process failures and pages that fail to load, which main hears of and the page cannot tell.
  log.eventLogger.startLogging();
  return log;
}

/** The folder "Open log folder" opens. */
export function logFolder(): string {
  return dirname(log.transports.file.getFile().path);
}
