import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isRecord } from '../../shared/model/desktop';

/**
 * The shell's own choices, kept by main in a small file beside the window's data: whether closing the window keeps
 * Tidings running is needed at the first close, before or without any window to ask, and is answered in main.
 */
export interface ShellSettings {
  keepRunning: boolean | null;
}

export interface ShellSettingsFile {
  read(): Promise<ShellSettings>;
  write(settings: ShellSettings): Promise<void>;
}

export function shellSettingsFile(path: string): ShellSettingsFile {
  let writing: Promise<void> = Promise.resolve();
  return {
    async read() {
      try {
        const value: unknown = JSON.parse(await readFile(path, 'utf8'));
        return { keepRunning: isRecord(value) && typeof value.keepRunning === 'boolean' ? value.keepRunning : null };
      } catch {
        return { keepRunning: null };
      }
    },
    write(settings) {
      // Written beside and renamed over, one at a time: a crash mid-write leaves the old choice, not half a file.
      writing = writing
        .catch(() => undefined)
        .then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(`${path}.new`, JSON.stringify(settings), 'utf8');
        await rename(`${path}.new`, path);
      });
      return writing;
    },
  };
}
