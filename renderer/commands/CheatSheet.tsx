import { Fragment, useEffect, useId, useRef, type MouseEvent } from 'react';
import { commands, type CheatSheetGroup, type CommandSpec, type KeyBinding, type KeyCondition } from '../../shared/commands/commandTable';
import { describeKeySequence, parseKeySequence, type Platform } from '../../shared/commands/keyNotation';
import { useCheatSheet } from './cheatSheetState';
import { currentPlatform } from './installCommandKeys';
import './commands.css';

const groups: readonly CheatSheetGroup[] = ['Moving through articles', 'Going to', 'The open article', 'Tidings'];

const conditionNotes: Partial<Record<KeyCondition, string>> = { listFocused: 'in the list' };

/** Every command with its keys, generated from the command table; `?` opens it. */
export function CheatSheet() {
  const open = useCheatSheet((state) => state.open);
  return open ? <CheatSheetDialog /> : null;
}

function CheatSheetDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const platform = currentPlatform();

  // A modal <dialog> keeps focus inside, makes the rest inert, and closes on Escape by itself.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      if (element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  const onClose = () => {
    // React's development double mount closes and re-opens the dialog; the first close's event must not hide it.
    if (!dialog.current?.open) useCheatSheet.getState().setOpen(false);
  };
  // A click on the backdrop lands on the <dialog> itself; clicks on its content land on the content.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) event.currentTarget.close();
  };

  return (
    <dialog ref={dialog} className="cheat-sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} onClose={onClose} onClick={onClick}>
      <div className="cheat-sheet-body">
        <header className="cheat-sheet-header">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>
        <div className="cheat-sheet-groups">
          {groups.map((group) => (
            <CommandGroup key={group} group={group} platform={platform} />
          ))}
        </div>
      </div>
    </dialog>
  );
}

function CommandGroup({ group, platform }: { group: CheatSheetGroup; platform: Platform }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{group}</h3>
      <dl>
        {commands
          .filter((command) => command.group === group)
          .map((command) => (
            <div className="cheat-sheet-row" key={command.id} data-command={command.id}>
              <dt>{command.label}</dt>
              <dd>
                <CommandKeys command={command} platform={platform} />
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function CommandKeys({ command, platform }: { command: CommandSpec; platform: Platform }) {
  if (command.bindings.length === 0) return <span className="cheat-sheet-note">{command.menu ? `${menuTitle(command.menu.in)} menu` : 'no key'}</span>;
  return command.bindings.map((binding, index) => (
    <Fragment key={binding.keys}>
      {index > 0 && <span className="cheat-sheet-note"> or </span>}
      <BindingKeys binding={binding} platform={platform} />
    </Fragment>
  ));
}

function BindingKeys({ binding, platform }: { binding: KeyBinding; platform: Platform }) {
  const chords = describeKeySequence(parseKeySequence(binding.keys), platform);
  const notes = (binding.when ?? []).flatMap((condition) => conditionNotes[condition] ?? []);
  return (
    <span className="cheat-sheet-binding">
      {chords.map((chord, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="cheat-sheet-note"> then </span>}
          <kbd>{chord}</kbd>
        </Fragment>
      ))}
      {notes.map((note) => (
        <span key={note} className="cheat-sheet-note">
          {' '}
          ({note})
        </span>
      ))}
    </span>
  );
}

function menuTitle(menu: NonNullable<CommandSpec['menu']>['in']): string {
  return menu.charAt(0).toUpperCase() + menu.slice(1);
}
