import { describe, expect, it } from 'vitest';
import { articleDirection } from '../../../renderer/features/reader/articleDirection';

describe('articleDirection', () => {
  it('runs right-to-left languages right to left, leaves unknown ones to the browser', () => {
    expect(articleDirection('ar')).toBe('rtl');
    expect(articleDirection('he')).toBe('rtl');
    expect(articleDirection('fa')).toBe('rtl');
    expect(articleDirection('ur')).toBe('rtl');
    expect(articleDirection('fr')).toBe('ltr');
    expect(articleDirection('ja')).toBe('ltr');
    expect(articleDirection(null)).toBe('auto');
  });
});
