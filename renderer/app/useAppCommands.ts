import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/commandTable';
import { runCommand } from '../commands/commandHandlers';
import { installCommandKeys } from '../commands/installCommandKeys';
import { bridge } from '../ipc/bridge';

/** Runs the command table's commands, whether pressed as keys in the page or chosen from the desktop menu. */
export function useAppCommands(): void {
  useEffect(() => {
    const stopKeys = installCommandKeys(window, runCommand);
    const stopMenu = bridge.on('app:command', ({ command }) => {
      if (isCommandId(command)) runCommand(command);
    });
    return () => {
      stopKeys();
      stopMenu();
    };
  }, []);
}
