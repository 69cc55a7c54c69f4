import { commands, type CommandId } from '../../shared/commands/commandTable';
import type { Platform } from '../../shared/commands/keyNotation';
import { focusContextOf } from './focusContext';
import { compileBindings, createKeyDispatcher } from './keyDispatcher';
import { pressedChord } from './pressedChord';

export function currentPlatform(): Platform {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'mac' : 'other';
}

/**
 * The window's one keydown listener for shortcuts. It listens as the event bubbles, so a component that handles a key
 * itself (and says so with preventDefault) keeps it.
 */
export function installCommandKeys(target: Window, run: (command: CommandId) => void): () => void {
  const platform = currentPlatform();
  const dispatch = createKeyDispatcher({ bindings: compileBindings(commands) });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const chord = pressedChord(event, platform);
    if (!chord) return;
    const outcome = dispatch(chord, focusContextOf(event.target));
    if (outcome === null) return;
    // Also keeps the browser's own use of the key: Ctrl+R reloading the web build, `/` opening quick find, Space scrolling.
    event.preventDefault();
    if (outcome !== 'pending') run(outcome);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
