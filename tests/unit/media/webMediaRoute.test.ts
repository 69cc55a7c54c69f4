import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebServer, type MediaRoute, type WebServer } from '../../../electron/web/server';
import type { MediaAnswer } from '../../../electron/media/mediaLibrary';
import type { Handlers } from '../../../shared/ipc/contract';
import { mediaAddress } from '../../../shared/media/mediaRoute';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';

const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
let root: string;
let web: WebServer;
const found: MediaAnswer = { status: 200, headers: { 'Content-Type': 'image/png', 'X-Content-Type-Options': 'nosniff' }, body: picture };
const missing: MediaAnswer = { status: 404, headers: { 'Cache-Control': 'no-store' }, body: Buffer.alloc(0) };
const media = vi.fn<MediaRoute>(async (query) => (query.get('u') === 'https://a.example/photo.png' ? found : missing));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tidings-web-media-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tidings</title>');
  web = await startWebServer({ rendererDir: root, port: 0, getHandlers: () => ({}) as Handlers, media });
});

afterAll(async () => {
  await web.close();
  rmSync(root, { recursive: true, force: true });
});

const address = (url: string) => new URL(mediaAddress([url], { keep: true }), web.url);

describe('the /media route of the web harness', () => {
  it('answers with the picture main serves', async () => {
    const response = await fetch(address('https://a.example/photo.png'), { headers: { 'Sec-Fetch-Site': 'same-origin' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(picture)).toBe(true);
    expect((await fetch(address('https://a.example/missing.png'))).status).toBe(404);
  });

  it.each(['cross-site', 'same-site'])('refuses a page of another origin (Sec-Fetch-Site: %s)', async (site) => {
    media.mockClear();
    const response = await fetch(address('https://a.example/photo.png'), { headers: { 'Sec-Fetch-Site': site } });
    expect(response.status).toBe(403);
    expect(media).not.toHaveBeenCalled();
  });

  it('serves the pages with a CSP that lets pictures come only from the app itself, and no Referer out', async () => {
    const response = await fetch(web.url);
    const policy = (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => directive.trim());
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(contentSecurityPolicy).toContain("img-src 'self' data: blob:");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
