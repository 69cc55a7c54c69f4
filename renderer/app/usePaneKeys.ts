import { useEffect } from 'react';
import { focusContextOf } from '../commands/focusContext';
import { useUi } from '../state/store';
import { focusArticleList } from './paneFocus';
import { windowLayoutNow } from './windowLayout';

/**
 * On a narrow window Escape leaves the article for the list: a dismissal, like a dialog's own Escape, rather than a
 * command (F6 between panes is in the command table). Keys a field, a menu or a dialog handled stay theirs.
 */
export function usePaneKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape' && leavesArticle(event.target)) {
        event.preventDefault();
        useUi.getState().backToList();
        requestAnimationFrame(() => focusArticleList(document));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function leavesArticle(target: EventTarget | null): boolean {
  const { narrowPane, settingsOpen } = useUi.getState();
  if (windowLayoutNow() !== 'narrow' || narrowPane !== 'reader' || settingsOpen) return false;
  const context = focusContextOf(target);
  if (context.typing || context.inModalOrMenu) return false;
  // Preferences close on their own Escape; what is left in the page then is the article it covered.
  return !(target instanceof Element && target.closest('.settings') !== null);
}
