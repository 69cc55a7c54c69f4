// @vitest-environment jsdom
// The section's module imports its stylesheet, as Vite lets it; these are the types that say so.
/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';

// Main answers as the desktop shell does (or as `npm run web`, whose shell is 'web'); what the section asks is recorded.
const main = vi.hoisted(() => ({
  shell: 'desktop' as 'desktop' | 'web',
  background: { keepRunning: true as boolean | null, startAtLogin: false },
  asked: [] as Array<{ channel: string; request: unknown }>,
}));

vi.mock('../../../renderer/ipc/bridge', () => ({
  bridge: {
    invoke: async <C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      main.asked.push({ channel, request });
      if (channel === 'app:info') return { name: 'Tidings', version: '0', platform: 'linux', shell: main.shell } as ResponseOf<C>;
      if (channel === 'app:background') {
        Object.assign(main.background, (request as RequestOf<'app:background'>).change ?? {});
        return { available: main.shell === 'desktop', settings: { ...main.background } } as ResponseOf<C>;
      }
      return {} as ResponseOf<C>;
    },
    on: () => () => undefined,
  },
}));

const { DesktopSettings } = await import('../../../renderer/features/settings/DesktopSettings');
const { db } = await import('../../../renderer/db/instance');
const { readNotificationSettings } = await import('../../../renderer/db/preferences');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function checkbox(label: string): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((each) => each.textContent?.trim() === label)?.querySelector('input');
  if (!found) throw new Error(`no checkbox "${label}"`);
  return found;
}

beforeEach(async () => {
  main.asked = [];
  await db.settings.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('Preferences in the desktop shell', () => {
  it('turns notifications off for the window to tell main, and keeps Tidings running or not through main', async () => {
    act(() => root.render(createElement(DesktopSettings)));
    await settle();
    expect([...container.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['Notifications', 'In the background']);
    expect(checkbox('Tell me of new articles').checked).toBe(true);
    act(() => checkbox('Tell me of new articles').click());
    await settle();
    expect((await readNotificationSettings(db)).enabled).toBe(false);

    expect(checkbox('Keep running in the background when the window is closed').checked).toBe(true);
    act(() => checkbox('Keep running in the background when the window is closed').click());
    await settle();
    expect(main.asked).toContainEqual({ channel: 'app:background', request: { change: { keepRunning: false } } });
    expect(checkbox('Keep running in the background when the window is closed').checked).toBe(false);
  });

  it('shows nothing under `npm run web`, where there is no tray to keep running in', async () => {
    main.shell = 'web';
    try {
      vi.resetModules();
      const fresh = await import('../../../renderer/features/settings/DesktopSettings');
      act(() => root.render(createElement(fresh.DesktopSettings)));
      await settle();
      expect(container.textContent).toBe('');
    } finally {
      main.shell = 'desktop';
    }
  });
});
