import { describe, expect, it } from 'vitest';
import type { Enclosure } from '../../../shared/model/article';
import { byteSize, enclosureFacts, enclosureKind, enclosureName, playerKind, runningTime } from '../../../renderer/features/reader/mediaFacts';

function enclosure(url: string, fields: Partial<Enclosure> = {}): Enclosure {
  return { url, type: null, length: null, duration: null, ...fields };
}

describe('byteSize', () => {
  it('counts bytes below a kilobyte as bytes', () => {
    expect(byteSize(0)).toBe('0 B');
    expect(byteSize(999)).toBe('999 B');
  });

  it('uses decimal units with one decimal below 100 and none above', () => {
    expect(byteSize(1000)).toBe('1.0 KB');
    expect(byteSize(840_000)).toBe('840 KB');
    expect(byteSize(12_345_678)).toBe('12.3 MB');
    expect(byteSize(999_999_999)).toBe('1000 MB');
    expect(byteSize(4_700_000_000)).toBe('4.7 GB');
  });

  it('stops at terabytes', () => {
    expect(byteSize(5_000_000_000_000_000)).toBe('5000 TB');
  });
});

describe('runningTime', () => {
  it('shows minutes and seconds under an hour', () => {
    expect(runningTime(0)).toBe('0:00');
    expect(runningTime(245)).toBe('4:05');
    expect(runningTime(3599)).toBe('59:59');
  });

  it('shows hours with two-digit minutes from an hour on', () => {
    expect(runningTime(3600)).toBe('1:00:00');
    expect(runningTime(3723)).toBe('1:02:03');
  });

  it('rounds fractional seconds', () => {
    expect(runningTime(59.6)).toBe('1:00');
  });
});

describe('enclosureKind', () => {
  it('prefers the Media RSS medium', () => {
    expect(enclosureKind(enclosure('https://a.example/x.bin', { medium: 'video', type: 'application/octet-stream' }))).toBe('video');
  });

  it('names audio, video and images by their MIME family', () => {
    expect(enclosureKind(enclosure('https://a.example/e.mp3', { type: 'audio/mpeg' }))).toBe('audio');
    expect(enclosureKind(enclosure('https://a.example/e.mp4', { type: 'VIDEO/MP4' }))).toBe('video');
    expect(enclosureKind(enclosure('https://a.example/e.png', { type: 'image/png' }))).toBe('image');
  });

  it('shows other types as declared', () => {
    expect(enclosureKind(enclosure('https://a.example/report.pdf', { type: 'application/pdf' }))).toBe('application/pdf');
  });

  it('falls back on the extension, then on "file"', () => {
    expect(enclosureKind(enclosure('https://a.example/report.pdf?download=1'))).toBe('PDF');
    expect(enclosureKind(enclosure('https://a.example/download'))).toBe('file');
    expect(enclosureKind(enclosure('https://files.example.com'))).toBe('file');
  });
});

describe('enclosureName and enclosureFacts', () => {
  it('names a file by the end of its path, decoded, else by its host', () => {
    expect(enclosureName('https://a.example/talk/episode%2012.mp3?x=1')).toBe('episode 12.mp3');
    expect(enclosureName('https://a.example/')).toBe('a.example');
    expect(enclosureName('not a url')).toBe('not a url');
  });

  it('puts kind, running time and size on one line, leaving out what is unknown', () => {
    expect(enclosureFacts(enclosure('https://a.example/e.mp3', { type: 'audio/mpeg', duration: 3723, length: 12_345_678 }))).toBe('audio · 1:02:03 · 12.3 MB');
    expect(enclosureFacts(enclosure('https://a.example/e.pdf', { type: 'application/pdf' }))).toBe('application/pdf');
  });
});

describe('playerKind', () => {
  it('plays audio and video in place', () => {
    expect(playerKind(enclosure('https://a.example/e.mp3', { type: 'audio/mpeg' }))).toBe('audio');
    expect(playerKind(enclosure('https://a.example/e', { medium: 'video' }))).toBe('video');
  });

  it('only lists images, documents and other files', () => {
    expect(playerKind(enclosure('https://a.example/e.jpg', { type: 'image/jpeg' }))).toBeNull();
    expect(playerKind(enclosure('https://a.example/e.pdf', { type: 'application/pdf' }))).toBeNull();
    expect(playerKind(enclosure('https://a.example/e.mp3', { medium: 'document' }))).toBeNull();
  });

  it('knows a file sent without a useful type by its extension', () => {
    expect(playerKind(enclosure('https://a.example/e.M4A?token=1'))).toBe('audio');
    expect(playerKind(enclosure('https://a.example/e.webm', { type: 'application/octet-stream' }))).toBe('video');
    expect(playerKind(enclosure('https://a.example/e.zip', { type: 'application/octet-stream' }))).toBeNull();
  });
});
