import { commands, type CommandId } from '../../shared/commands/commandTable';
import { describeKeySequence, parseKeySequence } from '../../shared/commands/keyNotation';
import { currentPlatform } from './installCommandKeys';

/** A button's tooltip with its command's first key from the table (`Add feed (Ctrl+N)`), so hints never drift from the keys. */
export function withShortcut(label: string, id: CommandId): string {
  const binding = commands.find((command) => command.id === id)?.bindings.find((candidate) => !candidate.when);
  if (!binding) return label;
  return `${label} (${describeKeySequence(parseKeySequence(binding.keys), currentPlatform()).join(' then ')})`;
}
