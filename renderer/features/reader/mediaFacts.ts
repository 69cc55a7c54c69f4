import type { Enclosure } from '../../../shared/model/article';
import { formatNumber, i18n } from '../../i18n';

const units = ['sizes.kilobytes', 'sizes.megabytes', 'sizes.gigabytes', 'sizes.terabytes'] as const;

/** `12.3 MB`, `840 KB` (`12,3 Mo` in French): decimal units, as file managers and podcast apps show sizes. */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return i18n.t('sizes.bytes', { size: formatNumber(bytes, { useGrouping: false }) });
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value >= 100 ? 0 : 1;
  // Rounded as toFixed rounds (999.96 KB is `1000 KB`, not the next unit), without grouping: a size is one short number.
  const size = formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  return i18n.t(units[unit] ?? 'sizes.terabytes', { size });
}

/** `1:02:03`, `4:05`: how players show a running time. */
export function runningTime(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** What kind of file an enclosure is, in a word: its medium, else its MIME type's family, else its extension. */
export function enclosureKind(enclosure: Enclosure): string {
  if (enclosure.medium) return enclosure.medium;
  const family = enclosure.type?.split('/')[0]?.toLowerCase();
  if (family && ['audio', 'video', 'image'].includes(family)) return family;
  if (enclosure.type) return enclosure.type;
  const extension = extensionOf(enclosure.url);
  return extension ? extension.toUpperCase() : 'file';
}

/** `mp3` for `…/episode.MP3?token=1`; empty when the path ends without one (a host's `.com` is no extension). */
function extensionOf(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute address: read it as a path.
  }
  return /\.([a-z0-9]{1,5})(?:[?#]|$)/i.exec(path)?.[1]?.toLowerCase() ?? '';
}

/** The file's name as its address ends, for a listing. */
export function enclosureName(url: string): string {
  try {
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return name || new URL(url).hostname;
  } catch {
    return url;
  }
}

const kindNames = ['audio', 'video', 'image', 'document', 'executable', 'file'] as const;

/** The kind in the interface language where it is a word (`vidéo`); a MIME type or extension stays as it is. */
function kindLabel(kind: string): string {
  const known = kindNames.find((name) => name === kind);
  return known ? i18n.t(`reader.fileKinds.${known}`) : kind;
}

/** One line of facts about an enclosure: kind, running time, size. */
export function enclosureFacts(enclosure: Enclosure): string {
  return [kindLabel(enclosureKind(enclosure)), enclosure.duration ? runningTime(enclosure.duration) : null, enclosure.length ? byteSize(enclosure.length) : null]
    .filter(Boolean)
    .join(' · ');
}

const audioExtensions = new Set(['mp3', 'm4a', 'aac', 'oga', 'ogg', 'opus', 'wav', 'flac']);
const videoExtensions = new Set(['mp4', 'm4v', 'webm', 'ogv', 'mov']);

/**
 * Whether an enclosure is audio or video, to play in the reading pane; null for what is only listed. A file sent as
 * a generic type (or none) is known by its extension, as podcast hosts often send `application/octet-stream`.
 */
export function playerKind(enclosure: Enclosure): 'audio' | 'video' | null {
  const kind = enclosureKind(enclosure);
  if (kind === 'audio' || kind === 'video') return kind;
  if (enclosure.medium || (enclosure.type && enclosure.type.toLowerCase() !== 'application/octet-stream')) return null;
  const extension = extensionOf(enclosure.url);
  if (audioExtensions.has(extension)) return 'audio';
  if (videoExtensions.has(extension)) return 'video';
  return null;
}
