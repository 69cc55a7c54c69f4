import { addFeed, expect, openFeedSettings, test } from './harness';

test('a feed Tidings had to repair says what was mended, and its articles are there', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/repaired.xml'), { expectClosed: true });
  const feedRow = page.getByRole('tree', { name: 'Feeds' }).getByRole('treeitem', { name: /Tea Times/ });
  await feedRow.click();
  await expect(page.getByRole('row', { name: /Tea & biscuits/ })).toContainText('Milk & sugar first');

  const warnings = (await openFeedSettings(page, /Tea Times/)).locator('.feed-warnings');
  await expect(warnings.getByText('Repaired on reading (2)')).toBeVisible();
  await warnings.getByText('Repaired on reading (2)').click();
  await expect(warnings.getByRole('listitem')).toHaveText([/HTML entities such as &nbsp;/, /unescaped “&”/]);
});

test('how often feeds are checked is chosen for all feeds and for one, told to the main process, and kept', async ({ page, harness }) => {
  await page.goto(harness.appUrl);
  await addFeed(page, harness.feeds.url('/science.xml'), { expectClosed: true });

  await page.getByRole('button', { name: 'Preferences' }).click();
  const told = page.waitForRequest(
    (request) => request.url().endsWith('/ipc/poller:configure') && (request.postDataJSON() as { defaultIntervalMinutes?: number }).defaultIntervalMinutes === 60,
  );
  await page.getByLabel('Check feeds every').selectOption('60');
  const request = await told;
  expect((await request.response())?.ok()).toBe(true);
  await page.getByRole('button', { name: 'Close' }).click();

  const ownInterval = (await openFeedSettings(page, /Science Weekly/)).getByLabel('How often to check Science Weekly');
  await expect(ownInterval.locator('option:checked')).toHaveText('Default (1 h)');
  await ownInterval.selectOption('240');
  // The select shows what is stored: once it reads 240, the choice is in the database.
  await expect(ownInterval).toHaveValue('240');

  await page.reload();
  await expect((await openFeedSettings(page, /Science Weekly/)).getByLabel('How often to check Science Weekly')).toHaveValue('240');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(page.getByLabel('Check feeds every')).toHaveValue('60');
});
