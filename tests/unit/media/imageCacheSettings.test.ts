// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { ImageCacheUsage } from '../../../shared/model/imageCache';

const main = vi.hoisted(() => ({
  calls: [] as Array<{ channel: string; request: unknown }>,
  usage: { bytes: 12_300_000, files: 42, limits: { maxImageMegabytes: 5, maxTotalMegabytes: 500 } } as ImageCacheUsage,
}));

vi.mock('../../../renderer/ipc/bridge', () => ({
  bridge: {
    invoke: async <C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      main.calls.push({ channel, request });
      if (channel === 'media:configure') main.usage = { ...main.usage, limits: request as ImageCacheUsage['limits'] };
      if (channel === 'media:clear') main.usage = { ...main.usage, bytes: 0, files: 0 };
      return main.usage as ResponseOf<C>;
    },
    on: () => () => undefined,
  },
}));

const { ImageCacheSettings } = await import('../../../renderer/features/settings/ImageCacheSettings');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

async function flush(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

beforeEach(async () => {
  main.calls.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(createElement(ImageCacheSettings)));
  await flush();
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const select = (label: string) => {
  const labelled = [...container.querySelectorAll('label')].find((element) => element.textContent === label);
  // useId's ids hold colons, which a CSS selector would need escaped.
  const control = labelled ? document.getElementById(labelled.htmlFor) : null;
  return control instanceof HTMLSelectElement ? control : null;
};

describe('the Preferences for kept pictures', () => {
  it('shows the limits main applies and what is kept', () => {
    expect(container.querySelector('h2')?.textContent).toBe('Pictures for reading offline');
    expect(select('Largest picture to keep')?.value).toBe('5');
    expect(select('All pictures together')?.value).toBe('500');
    expect(container.textContent).toContain('42 pictures kept, 12.3 MB');
  });

  it('sends a new limit with the other one', async () => {
    const total = select('All pictures together');
    if (!total) throw new Error('no total limit');
    await act(async () => {
      total.value = '1000';
      total.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(main.calls).toContainEqual({ channel: 'media:configure', request: { maxImageMegabytes: 5, maxTotalMegabytes: 1000 } });
    expect(select('All pictures together')?.value).toBe('1000');
    // Deleting them is Preferences → Storage's "Clear image cache", the one button for it.
    expect([...container.querySelectorAll('button')]).toEqual([]);
  });
});
