import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileNameOf, ImageStore } from '../../../electron/media/imageStore';
import { declaredSize, imageMediaType, isPixel } from '../../../electron/media/imageType';
import { pngIcon } from '../../fixtures/loopback/iconImages';

const megabyte = 1024 * 1024;
let dir: string;
let clock = 0;
const now = () => clock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tidings-store-test-'));
  clock = 1_000;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onePixel = pngIcon(1);
/** A picture of `size` bytes: a PNG and padding, as the store does not decode what it keeps. */
const picture = (size: number) => Buffer.concat([onePixel, Buffer.alloc(size - onePixel.length)]);

describe('ImageStore', () => {
  it('keeps one file per address, however often it is written', async () => {
    const store = await ImageStore.open(dir, now);
    await store.write('https://a.example/photo.png', 'image/png', picture(1000));
    await store.write('https://a.example/photo.png', 'image/png', picture(1200));
    expect(store.usage()).toMatchObject({ files: 1, bytes: 1200 });
    expect((await readdir(dir)).filter((name) => name === fileNameOf('https://a.example/photo.png'))).toHaveLength(1);
    expect((await store.read('https://a.example/photo.png'))?.bytes.length).toBe(1200);
    expect(await store.read('https://a.example/other.png')).toBeNull();
  });

  it('refuses a picture over the per-picture limit', async () => {
    const store = await ImageStore.open(dir, now);
    await store.configure({ maxImageMegabytes: 1 });
    expect(await store.write('https://a.example/huge.png', 'image/png', picture(megabyte + 1))).toBe(false);
    expect(await store.write('https://a.example/fits.png', 'image/png', picture(megabyte))).toBe(true);
    expect(store.usage().files).toBe(1);
  });

  it('lets the least recently used go when the whole is over its limit', async () => {
    const store = await ImageStore.open(dir, now);
    await store.configure({ maxImageMegabytes: 5, maxTotalMegabytes: 10 });
    for (const name of ['a', 'b', 'c']) {
      clock += 1;
      await store.write(`https://a.example/${name}.png`, 'image/png', picture(4 * megabyte));
    }
    // Three of 4 MB do not fit in 10: the oldest, a, went.
    expect(store.has('https://a.example/a.png')).toBe(false);
    clock += 1;
    await store.read('https://a.example/b.png'); // b is used again, so c is now the least recent
    clock += 1;
    await store.write('https://a.example/d.png', 'image/png', picture(4 * megabyte));
    expect(['a', 'b', 'c', 'd'].filter((name) => store.has(`https://a.example/${name}.png`))).toEqual(['b', 'd']);
    expect(store.usage().bytes).toBeLessThanOrEqual(10 * megabyte);
    expect((await readdir(dir)).filter((name) => /^[0-9a-f]{64}$/.test(name))).toHaveLength(2);
  });

  it('lets go of what no longer fits when the limit is lowered', async () => {
    const store = await ImageStore.open(dir, now);
    for (let index = 0; index < 4; index += 1) {
      clock += 1;
      await store.write(`https://a.example/${index}.png`, 'image/png', picture(4 * megabyte));
    }
    expect(store.usage().files).toBe(4);
    const limits = await store.configure({ maxTotalMegabytes: 10 });
    expect(limits.maxTotalMegabytes).toBe(10);
    expect(store.usage().files).toBe(2);
    expect(store.has('https://a.example/3.png')).toBe(true);
  });

  it('holds limits to their bounds', async () => {
    const store = await ImageStore.open(dir, now);
    expect(await store.configure({ maxImageMegabytes: 0, maxTotalMegabytes: 1e9 })).toEqual({ maxImageMegabytes: 1, maxTotalMegabytes: 20_000 });
    expect(await store.configure({ maxImageMegabytes: Number.NaN })).toMatchObject({ maxImageMegabytes: 5 });
  });

  it('finds its pictures and limits again after reopening, and deletes files its index does not know', async () => {
    const store = await ImageStore.open(dir, now);
    await store.configure({ maxImageMegabytes: 2 });
    await store.write('https://a.example/kept.png', 'image/png', picture(500));
    await store.flush();
    // As after a crash between a picture's write and the index's.
    await writeFile(join(dir, fileNameOf('https://a.example/orphan.png')), picture(300));
    await writeFile(join(dir, 'notes.txt'), 'not the store’s');
    const again = await ImageStore.open(dir, now);
    expect(again.usage()).toMatchObject({ files: 1, bytes: 500, limits: { maxImageMegabytes: 2 } });
    expect((await again.read('https://a.example/kept.png'))?.type).toBe('image/png');
    expect((await readdir(dir)).sort()).toEqual([fileNameOf('https://a.example/kept.png'), 'index.json', 'notes.txt'].sort());
  });

  it('starts empty from a damaged index, and forgets a picture whose file is gone', async () => {
    await writeFile(join(dir, 'index.json'), '{ not json');
    const store = await ImageStore.open(dir, now);
    expect(store.usage().files).toBe(0);
    await store.write('https://a.example/a.png', 'image/png', picture(100));
    await rm(join(dir, fileNameOf('https://a.example/a.png')));
    expect(await store.read('https://a.example/a.png')).toBeNull();
    expect(store.usage()).toMatchObject({ files: 0, bytes: 0 });
  });

  it('deletes every picture when cleared, keeping its limits', async () => {
    const store = await ImageStore.open(dir, now);
    await store.configure({ maxTotalMegabytes: 100 });
    await store.write('https://a.example/a.png', 'image/png', picture(100));
    await store.write('https://a.example/b.png', 'image/png', picture(100));
    expect(await store.clear()).toEqual({ files: 0, bytes: 0, limits: { maxImageMegabytes: 5, maxTotalMegabytes: 100 } });
    expect(await readdir(dir)).toEqual(['index.json']);
  });
});

describe('imageMediaType', () => {
  const ascii = (text: string) => Buffer.from(text, 'latin1');
  it.each([
    ['PNG', pngIcon(4), 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['GIF', ascii('GIF89a\x01\x00\x01\x00'), 'image/gif'],
    ['WebP', Buffer.concat([ascii('RIFF'), Buffer.alloc(4), ascii('WEBPVP8 ')]), 'image/webp'],
    ['AVIF', Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), ascii('ftypavif'), Buffer.alloc(4), ascii('avifmif1miaf')]), 'image/avif'],
    ['AVIF as a compatible brand', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), ascii('ftypmif1'), Buffer.alloc(4), ascii('avif')]), 'image/avif'],
    ['SVG', ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'image/svg+xml'],
    ['an HTML page', ascii('<!doctype html><p>Sorry</p>'), null],
    ['an MP4 video', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), ascii('ftypisom'), Buffer.alloc(4), ascii('mp41')]), null],
    ['nothing', Buffer.alloc(0), null],
  ])('reads %s', (_name, bytes, type) => {
    expect(imageMediaType(bytes)).toBe(type);
  });

  it('tells a 1×1 PNG or GIF from a picture', () => {
    expect(isPixel(pngIcon(1))).toBe(true);
    expect(isPixel(Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'))).toBe(true);
    expect(isPixel(pngIcon(16))).toBe(false);
    expect(declaredSize(pngIcon(16))).toEqual({ width: 16, height: 16 });
    expect(isPixel(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
  });
});
