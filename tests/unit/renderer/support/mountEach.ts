import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Draws a component into the page (jsdom) before each test and takes it away after, then puts shared state back with
 * `reset`. Returns the element the component is drawn in.
 */
export function mountEach(render: () => ReactElement, reset: () => void = () => undefined): () => HTMLDivElement {
  let container: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root?.render(render()));
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    reset();
  });
  return () => {
    if (!container) throw new Error('Nothing is mounted outside a test');
    return container;
  };
}
