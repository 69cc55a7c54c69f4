import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import type { Handlers } from '../../../shared/ipc/contract';

let root: string;
let web: WebServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tidings-headers-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tidings</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("tidings");');
  web = await startWebServer({ rendererDir: root, port: 0, getHandlers: () => ({}) as Handlers });
});

afterAll(async () => {
  await web.close();
  rmSync(root, { recursive: true, force: true });
});

/** The policy's directives by name, as a browser splits them. */
function directives(policy: string | null): Map<string, string> {
  return new Map((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
}

describe('npm run web over real HTTP', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/index.html'],
    ['GET', '/assets/app.js'],
    ['POST', '/ipc/no-such-channel'],
    ['DELETE', '/'],
  ])(
    'answers %s %s so that no other site may frame it, learn where its links were followed from, sniff its type or reach its window',
    async (method, path) => {
      const response = await fetch(new URL(path, web.url), { method, redirect: 'manual' });
      await response.arrayBuffer();
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    },
  );

  it('keeps the page’s own policy whole beside frame-ancestors: no inline or remote script, pictures from itself', async () => {
    const policy = directives((await fetch(web.url)).headers.get('content-security-policy'));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.get('object-src')).toBe("'none'");
  });
});
