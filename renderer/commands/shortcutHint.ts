import { commands, type CommandId } from '../../shared/commands/commandTable';
import { describeKeySequence, parseKeySequence } from '../../shared/commands/keyNotation';
import { i18n } from '../i18n';
import { currentPlatform } from './installCommandKeys';

/** A chord as shown to the reader: named keys in the interface language (`Espace`), the rest as the platform writes them. */
export function shownChord(chord: string): string {
  return chord === 'Space' ? i18n.t('shortcuts.space') : chord;
}

/** A button's tooltip with its command's first key from the table (`Add feed (Ctrl+N)`), so hints never drift from the keys. */
export function withShortcut(label: string, id: CommandId): string {
  const binding = commands.find((command) => command.id === id)?.bindings.find((candidate) => !candidate.when);
  if (!binding) return label;
  const keys = describeKeySequence(parseKeySequence(binding.keys), currentPlatform()).map(shownChord).join(i18n.t('shortcuts.then'));
  return i18n.t('shortcuts.withKey', { label, keys });
}
