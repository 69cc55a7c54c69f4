import { Fragment, useEffect, useId, useRef, type MouseEvent } from 'react';
import { commands, type CheatSheetGroup, type CommandSpec, type KeyBinding, type KeyCondition, type MenuName } from '../../shared/commands/commandTable';
import { describeKeySequence, parseKeySequence, type Platform } from '../../shared/commands/keyNotation';
import { useTranslation } from '../i18n';
import { useCheatSheet } from './cheatSheetState';
import { currentPlatform } from './installCommandKeys';
import { shownChord } from './shortcutHint';
import './commands.css';

// The table names its groups in English (the desktop menu reads it); the sheet shows them by these keys.
const groups = [
  { group: 'Moving through articles', title: 'shortcuts.groups.moving' },
  { group: 'Going to', title: 'shortcuts.groups.goingTo' },
  { group: 'The open article', title: 'shortcuts.groups.openArticle' },
  { group: 'Tidings', title: 'shortcuts.groups.app' },
] as const satisfies ReadonlyArray<{ group: CheatSheetGroup; title: string }>;

const conditionNotes = { listFocused: 'shortcuts.inList' } as const satisfies Partial<Record<KeyCondition, string>>;

const menuTitles = {
  file: 'shortcuts.menus.file',
  view: 'shortcuts.menus.view',
  go: 'shortcuts.menus.go',
  article: 'shortcuts.menus.article',
  help: 'shortcuts.menus.help',
} as const satisfies Record<MenuName, string>;

/** Every command with its keys, generated from the command table; `?` opens it. */
export function CheatSheet() {
  const open = useCheatSheet((state) => state.open);
  return open ? <CheatSheetDialog /> : null;
}

function CheatSheetDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const platform = currentPlatform();
  const { t } = useTranslation();

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
          <h2 id={titleId}>{t('shortcuts.title')}</h2>
          <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
            {t('common.close')}
          </button>
        </header>
        <div className="cheat-sheet-groups">
          {groups.map(({ group, title }) => (
            <CommandGroup key={group} group={group} title={t(title)} platform={platform} />
          ))}
        </div>
      </div>
    </dialog>
  );
}

function CommandGroup({ group, title, platform }: { group: CheatSheetGroup; title: string; platform: Platform }) {
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <dl>
        {commands
          .filter((command) => command.group === group)
          .map((command) => (
            <div className="cheat-sheet-row" key={command.id} data-command={command.id}>
              <dt>{t(`commands.${command.id}`)}</dt>
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
  const { t } = useTranslation();
  if (command.bindings.length === 0) {
    return <span className="cheat-sheet-note">{command.menu ? t('shortcuts.inMenu', { menu: t(menuTitles[command.menu.in]) }) : t('shortcuts.noKey')}</span>;
  }
  return command.bindings.map((binding, index) => (
    <Fragment key={binding.keys}>
      {index > 0 && <span className="cheat-sheet-note">{t('shortcuts.or')}</span>}
      <BindingKeys binding={binding} platform={platform} />
    </Fragment>
  ));
}

function BindingKeys({ binding, platform }: { binding: KeyBinding; platform: Platform }) {
  const { t } = useTranslation();
  const chords = describeKeySequence(parseKeySequence(binding.keys), platform).map(shownChord);
  const notes = (binding.when ?? []).flatMap((condition) => (condition === 'listFocused' ? [t(conditionNotes[condition])] : []));
  return (
    <span className="cheat-sheet-binding">
      {chords.map((chord, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="cheat-sheet-note">{t('shortcuts.then')}</span>}
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

