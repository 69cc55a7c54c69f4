import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../shared/lang/direction';

describe('textDirection', () => {
  it('runs Arabic, Hebrew, Persian, Urdu and the other right-to-left languages right to left', () => {
    for (const language of ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']) expect(textDirection(language), language).toBe('rtl');
  });

  it('reads region and script subtags, whatever their case', () => {
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('FA_ir')).toBe('rtl');
    expect(textDirection('pa-Arab')).toBe('rtl');
    expect(textDirection('az-Arab-IR')).toBe('rtl');
    expect(textDirection('pa')).toBe('ltr');
    expect(textDirection('uz-Latn')).toBe('ltr');
  });

  it('runs everything else, and an unknown language, left to right', () => {
    for (const language of ['en', 'fr', 'vi', 'zh', 'ja', 'ru', 'hi', 'und']) expect(textDirection(language), language).toBe('ltr');
    expect(textDirection(null)).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });
});
