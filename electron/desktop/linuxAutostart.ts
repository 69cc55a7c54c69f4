import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Starting at login on Linux: an XDG autostart entry, `tidings.desktop` in `$XDG_CONFIG_HOME/autostart`
 * (`~/.config/autostart`), which desktops that follow the XDG specification run at login.
 */
export interface LinuxAutostart {
  isEnabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
}

export const autostartFileName = 'tidings.desktop';

/** Where the entry goes: the XDG config folder's `autostart`. */
export function autostartDir(env: Record<string, string | undefined>, home: string): string {
  const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, 'autostart');
}

/**
 * The entry: the command that starts Tidings, each argument quoted as the Desktop Entry specification asks (an
 * AppImage starts from its own file, whose path may hold spaces).
 */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Tidings',
    'Comment=Checks your feeds in the background',
    `Exec=${command.map(quoteArgument).join(' ')}`,
    'Icon=tidings',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

function quoteArgument(argument: string): string {
  if (/^[\w@+=:,./-]+$/.test(argument)) return argument;
  // Inside double quotes, `"`, `` ` ``, `$` and `\` are escaped with a backslash, and every backslash of that is
  // doubled again by the string escaping of the key's value; `%` is written `%%`.
  const quoted = `"${argument.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function linuxAutostart(dir: string, command: readonly string[]): LinuxAutostart {
  const file = join(dir, autostartFileName);
  return {
    async isEnabled() {
      try {
        const text = await readFile(file, 'utf8');
        return !/^\s*(Hidden\s*=\s*true|X-GNOME-Autostart-enabled\s*=\s*false)\s*$/im.test(text);
      } catch {
        return false;
      }
    },
    async setEnabled(enabled) {
      if (!enabled) return rm(file, { force: true });
      await mkdir(dir, { recursive: true });
      await writeFile(file, autostartEntry(command), 'utf8');
    },
  };
}
