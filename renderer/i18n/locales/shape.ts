import type { en } from './en';

type English = typeof en;

/** The keys of the English messages, each with any wording: what a translation must provide. */
export type Messages<T = English> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/**
 * French: CLDR gives French a third plural form, `many` (1 000 000), and i18next asks for it by that name with no
 * fall-back to `other`: every `_one` key needs its `_many` beside it, or a million articles would show the bare key.
 */
export type FrenchMessages<T = English> = {
  [K in keyof T as K extends `${infer Base}_one` ? K | `${Base}_many` : K]: T[K] extends string ? string : FrenchMessages<T[K]>;
};

/** Vietnamese has no grammatical number: only the `_other` form of a plural. */
export type VietnameseMessages<T = English> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : VietnameseMessages<T[K]>;
};
