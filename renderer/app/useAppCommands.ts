import { useEffect } from 'react';
import { refreshAll } from '../features/sources/refresh';
import { bridge } from '../ipc/bridge';
import { useUi } from '../state/store';

/** Ctrl/Cmd+R refreshes and Ctrl/Cmd+N adds a feed, whether pressed in the page or chosen from the desktop menu. */
export function useAppCommands(): void {
  useEffect(() => {
    const run = (command: 'refresh' | 'add-feed') => {
      if (command === 'refresh') void refreshAll();
      else useUi.getState().setAddFeedOpen(true);
    };
    const stop = bridge.on('app:command', ({ command }) => run(command));
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'r') {
        event.preventDefault(); // in a browser, Ctrl+R would reload the page instead
        run('refresh');
      } else if (key === 'n') {
        event.preventDefault();
        run('add-feed');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stop();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
