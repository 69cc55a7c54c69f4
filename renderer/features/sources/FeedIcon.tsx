import { useState, type CSSProperties } from 'react';
import { feedName } from '../../db/feeds';
import type { FeedRecord } from '../../db/records';
import './feedIcon.css';

/** What the icon needs of a feed: the record itself, or its stored icon and its name as already worked out. */
export type FeedIconOf = Pick<FeedRecord, 'icon' | 'title' | 'customTitle'> | { icon: string | null; name: string };

export interface FeedIconProps {
  /** `icon` is the stored `data:` address (see renderer/sync/iconSync.ts), null while there is none. */
  feed: FeedIconOf;
  /** Width and height, in CSS pixels. */
  size: number;
}

/**
 * A feed's icon, else the first letter of its name on a badge. The icon is the stored copy, never the publisher's
 * address, so showing it asks no one anything. Decorative either way: the feed's name is always written beside it.
 */
export function FeedIcon({ feed, size }: FeedIconProps) {
  // An icon Chromium cannot draw after all falls back to the badge instead of a broken-image mark.
  const [broken, setBroken] = useState<string | null>(null);
  const box: CSSProperties = { width: size, height: size, borderRadius: Math.round(size / 5) };
  const { icon } = feed;
  if (icon && broken !== icon) {
    return <img className="feed-icon" src={icon} alt="" width={size} height={size} style={box} decoding="async" onError={() => setBroken(icon)} />;
  }
  const name = 'name' in feed ? feed.name : feedName(feed);
  return (
    <span className="feed-badge" aria-hidden="true" style={{ ...box, fontSize: Math.round(size * 0.6) }}>
      {Array.from(name.trim())[0]?.toLocaleUpperCase() ?? ''}
    </span>
  );
}
