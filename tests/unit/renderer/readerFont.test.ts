// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changeReadingFontSize,
  clampReadingFontSize,
  readingFontSize,
  readingFontSizes,
  setReadingFontSize,
  steppedReadingFontSize,
  storedReadingFontSize,
} from '../../../renderer/features/reader/readingFont';

const storageKey = 'tidings.readingFontSize';

beforeEach(() => {
  setReadingFontSize(readingFontSizes.standard);
  localStorage.clear();
});

describe('reading font size, in pure terms', () => {
  it('keeps sizes within 14 to 24 px, in whole pixels', () => {
    expect(clampReadingFontSize(10)).toBe(14);
    expect(clampReadingFontSize(30)).toBe(24);
    expect(clampReadingFontSize(17.4)).toBe(17);
    expect(clampReadingFontSize(Number.NaN)).toBe(16);
  });

  it('steps one pixel at a time, stopping at the ends; 0 goes back to 16', () => {
    expect(steppedReadingFontSize(16, 1)).toBe(17);
    expect(steppedReadingFontSize(16, -1)).toBe(15);
    expect(steppedReadingFontSize(24, 1)).toBe(24);
    expect(steppedReadingFontSize(14, -1)).toBe(14);
    expect(steppedReadingFontSize(21, 0)).toBe(16);
  });

  it('reads back what was stored, and the default for nothing or nonsense', () => {
    expect(storedReadingFontSize(null)).toBe(16);
    expect(storedReadingFontSize('')).toBe(16);
    expect(storedReadingFontSize('banana')).toBe(16);
    expect(storedReadingFontSize('19')).toBe(19);
    expect(storedReadingFontSize('99')).toBe(24);
  });
});

describe('changeReadingFontSize', () => {
  it('changes the size and remembers it', () => {
    changeReadingFontSize(1);
    changeReadingFontSize(1);
    expect(readingFontSize()).toBe(18);
    expect(localStorage.getItem(storageKey)).toBe('18');
    changeReadingFontSize(-1);
    expect(readingFontSize()).toBe(17);
    expect(localStorage.getItem(storageKey)).toBe('17');
  });

  it('forgets the choice when back at the default', () => {
    changeReadingFontSize(1);
    changeReadingFontSize(0);
    expect(readingFontSize()).toBe(16);
    expect(localStorage.getItem(storageKey)).toBeNull();
  });

  it('never goes past the ends however often it is asked', () => {
    for (let step = 0; step < 20; step += 1) changeReadingFontSize(1);
    expect(readingFontSize()).toBe(24);
    for (let step = 0; step < 20; step += 1) changeReadingFontSize(-1);
    expect(readingFontSize()).toBe(14);
  });

  it('is remembered by the next start', async () => {
    changeReadingFontSize(1);
    changeReadingFontSize(1);
    changeReadingFontSize(1);
    vi.resetModules();
    const fresh = await import('../../../renderer/features/reader/readingFont');
    expect(fresh.readingFontSize()).toBe(19);
  });

  it('follows a change made in another window', () => {
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: '22' }));
    expect(readingFontSize()).toBe(22);
  });
});
