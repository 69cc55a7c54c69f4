import type { CommandId, CommandSpec, KeyCondition } from '../../shared/commands/commandTable';
import { isTypeable, parseKeySequence, sameChord, type Chord, type KeySequence } from '../../shared/commands/keyNotation';

/** Where focus is when a key is pressed, as far as bindings care. */
export interface FocusContext {
  /** In a text field, a select or editable content. */
  typing: boolean;
  /** On a button, link or similar control. */
  onControl: boolean;
  listFocused: boolean;
  /** A modal dialog is open, or focus is in a menu (which moves by letters): keys are theirs. */
  inModalOrMenu: boolean;
}

export interface CompiledBinding {
  command: CommandId;
  sequence: KeySequence;
  when: readonly KeyCondition[];
}

/** The table's bindings, read once. */
export function compileBindings(table: readonly CommandSpec<CommandId>[]): CompiledBinding[] {
  return table.flatMap((command) =>
    command.bindings.map((binding) => ({ command: command.id, sequence: parseKeySequence(binding.keys), when: binding.when ?? [] })),
  );
}

/** A command to run, `pending` when the key began a sequence (`g` of `g a`), or null when no binding wants it. */
export type Dispatch = CommandId | 'pending' | null;

export interface DispatcherOptions {
  bindings: readonly CompiledBinding[];
  /** How long the second key of a sequence may wait. */
  sequenceTimeoutMs?: number;
  now?: () => number;
}

/**
 * The one place keys become commands. Keeps the first key of a sequence until the next one comes; a key that does not
 * continue the sequence is then read on its own, so `g` followed by `j` still moves down.
 */
export function createKeyDispatcher({ bindings, sequenceTimeoutMs = 1500, now = Date.now }: DispatcherOptions): (chord: Chord, context: FocusContext) => Dispatch {
  let pending: Chord[] = [];
  let pendingSince = 0;

  const match = (keys: readonly Chord[], context: FocusContext): Dispatch => {
    const live = bindings.filter((binding) => startsWith(binding.sequence, keys) && applies(binding, context));
    const complete = live.find((binding) => binding.sequence.length === keys.length);
    return complete ? complete.command : live.length > 0 ? 'pending' : null;
  };

  const read = (keys: Chord[], context: FocusContext): Dispatch => {
    const result = match(keys, context);
    pending = result === 'pending' ? keys : [];
    pendingSince = now();
    return result;
  };

  return (chord, context) => {
    if (context.inModalOrMenu) {
      pending = [];
      return null;
    }
    const continuing = pending.length > 0 && now() - pendingSince <= sequenceTimeoutMs;
    if (continuing) {
      const result = read([...pending, chord], context);
      if (result !== null) return result;
    }
    return read([chord], context);
  };
}

function startsWith(sequence: KeySequence, keys: readonly Chord[]): boolean {
  return keys.every((chord, index) => {
    const bound = sequence[index];
    return bound !== undefined && sameChord(chord, bound);
  });
}

function applies(binding: CompiledBinding, context: FocusContext): boolean {
  if (context.typing && binding.sequence.some(isTypeable)) return false;
  return binding.when.every((condition) => holds(condition, context));
}

function holds(condition: KeyCondition, context: FocusContext): boolean {
  switch (condition) {
    case 'listFocused':
      return context.listFocused;
    case 'notTyping':
      return !context.typing;
    case 'notOnControl':
      return !context.onControl;
  }
}
