import { build, type Rolldown } from 'vite';
import { chromium } from '@playwright/test';
const out = await build({ configFile: false, logLevel: 'silent', root: '/work/main', build: { write: false, minify: false, lib: { entry: '/work/main/tests/bench/scale/.tmp/entry.ts', formats: ['iife'], name: 'x', fileName: 'b' } } });
const script = ((Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput).output[0].code;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route('http://probe.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<p>x</p>' }));
await page.goto('http://probe.test/');
await page.addScriptTag({ content: script });
for (const [n, per] of [[90, 1], [95, 1], [99, 1], [200, 1]]) {
  console.log(n, per, await page.evaluate(([a, b]) => (window as unknown as { probe: (n: number, p: number) => Promise<string> }).probe(a, b), [n, per]));
}
await browser.close();
