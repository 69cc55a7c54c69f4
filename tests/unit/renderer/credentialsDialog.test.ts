// @vitest-environment jsdom
// The dialog's module imports its stylesheet, as Vite lets it; these are the types that say so.
/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';

const calls = vi.hoisted(() => ({ list: [] as Array<{ channel: string; request: unknown }>, feedId: '', saved: false, persistent: false }));

vi.mock('../../../renderer/ipc/bridge', () => ({
  bridge: {
    invoke: async <C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      calls.list.push({ channel, request });
      const answers: Partial<Record<InvokeChannel, unknown>> = {
        'feeds:hasCredentials': { feedIds: calls.saved ? [calls.feedId] : [], persistent: calls.persistent },
        'feeds:setCredentials': { stored: true, persistent: calls.persistent },
        'feeds:clearCredentials': { cleared: true },
      };
      return answers[channel] as ResponseOf<C>;
    },
    on: () => () => undefined,
  },
}));

const { CredentialsDialog } = await import('../../../renderer/features/sources/CredentialsDialog');
const { db } = await import('../../../renderer/db/instance');
const { addFeed } = await import('../../../renderer/db/feeds');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let done: ReturnType<typeof vi.fn<() => void>>;

beforeAll(async () => {
  // jsdom has the element but not its modal behaviour; the dialog only needs to be open.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  calls.feedId = (await addFeed(db, 'https://members.example/feed', 0)).id;
});

async function flush(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

async function open(): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  done = vi.fn<() => void>();
  act(() => root.render(createElement(CredentialsDialog, { feedId: calls.feedId, onDone: done })));
  await flush();
}

function type(label: string, value: string): void {
  const input = [...container.querySelectorAll('label')].find((each) => each.textContent === label)?.control as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function button(text: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((each) => each.textContent === text);
}

beforeEach(() => {
  calls.list = [];
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the feed password dialog', () => {
  it('says the login lasts until Tidings closes where there is no keychain, and saves what was typed', async () => {
    calls.saved = false;
    calls.persistent = false;
    await open();
    expect(container.textContent).toContain('they are kept only until Tidings closes');
    expect(button('Remove')).toBeUndefined();
    type('User name', 'reader');
    type('Password', 's3cret');
    await act(async () => button('Save')?.click());
    await flush();
    expect(calls.list.map((call) => call.channel)).toEqual(['feeds:hasCredentials', 'feeds:setCredentials']);
    expect(calls.list[1]?.request).toEqual({ feedId: calls.feedId, username: 'reader', password: 's3cret' });
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('refuses a user name with a colon before sending anything', async () => {
    await open();
    type('User name', 'me:you');
    await act(async () => button('Save')?.click());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('A user name cannot contain “:”.');
    expect(calls.list.map((call) => call.channel)).toEqual(['feeds:hasCredentials']);
    expect(done).not.toHaveBeenCalled();
  });

  it('says a saved login is encrypted, and removes it', async () => {
    calls.saved = true;
    calls.persistent = true;
    await open();
    expect(container.textContent).toContain('stored encrypted by your system’s keychain');
    expect(container.textContent).toContain('A user name and password are saved for this feed');
    await act(async () => button('Remove')?.click());
    await flush();
    expect(calls.list.at(-1)).toEqual({ channel: 'feeds:clearCredentials', request: { feedId: calls.feedId } });
    expect(done).toHaveBeenCalledTimes(1);
  });
});
