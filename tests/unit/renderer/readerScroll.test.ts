// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageDownReader, readerScrollerClass } from '../../../renderer/features/reader/readerScroll';

/** jsdom lays nothing out: the scroller's sizes are given, and scrollTo moves it at once. */
function scroller({ height, contentHeight, top }: { height: number; contentHeight: number; top: number }): HTMLElement {
  const element = document.createElement('div');
  element.className = readerScrollerClass;
  Object.defineProperty(element, 'clientHeight', { value: height });
  Object.defineProperty(element, 'scrollHeight', { value: contentHeight });
  element.scrollTop = top;
  element.scrollTo = vi.fn((options?: ScrollToOptions | number) => {
    if (typeof options === 'object' && options.top !== undefined) element.scrollTop = options.top;
  }) as HTMLElement['scrollTo'];
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pageDownReader', () => {
  it('is false when no article is open', () => {
    expect(pageDownReader()).toBe(false);
  });

  it('scrolls down by nine tenths of the visible height', () => {
    const element = scroller({ height: 500, contentHeight: 3000, top: 0 });
    expect(pageDownReader()).toBe(true);
    expect(element.scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 450 }));
  });

  it('stops at the end rather than past it', () => {
    const element = scroller({ height: 500, contentHeight: 1000, top: 300 });
    expect(pageDownReader()).toBe(true);
    expect(element.scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 500 }));
  });

  it('is false at the end, and within a few pixels of it', () => {
    scroller({ height: 500, contentHeight: 1000, top: 497 });
    expect(pageDownReader()).toBe(false);
  });

  it('is false for an article that fits the pane', () => {
    scroller({ height: 500, contentHeight: 500, top: 0 });
    expect(pageDownReader()).toBe(false);
  });
});
