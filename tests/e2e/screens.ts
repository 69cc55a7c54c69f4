import type { Page } from '@playwright/test';

/** Screenshots kept as test artefacts (never in assets/: the README's picture is taken by a script of its own). */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The theme chosen in Preferences → Appearance, then the preferences closed again. */
export async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark'): Promise<void> {
  const preferences = page.getByRole('main', { name: 'Preferences' });
  if (!(await preferences.isVisible())) await page.getByRole('button', { name: 'Preferences' }).click();
  await preferences.getByRole('radio', { name: theme }).check();
  await preferences.getByRole('button', { name: 'Close' }).click();
}

export function backgroundOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

export function colorSchemeOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
}

export const lightBackground = 'rgb(247, 246, 243)';
export const darkBackground = 'rgb(27, 27, 29)';
export const lightPane = 'rgb(255, 255, 255)';
export const darkPane = 'rgb(34, 34, 37)';
