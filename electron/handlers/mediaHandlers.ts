import type { Handlers } from '../../shared/ipc/contract';
import type { FetchOutcome, Subscription } from '../../shared/model/feed';
import { boundedImageCacheLimits } from '../../shared/model/imageCache';
import type { MediaLibrary } from '../media/mediaLibrary';
import type { PushResult } from '../poller/deliveries';

type MediaChannels = 'media:configure' | 'media:usage' | 'media:clear';

/**
 * The backend's side of the kept pictures: the channels of the Preferences, and the hooks that tell the library what
 * is subscribed and what the poller delivers. Without a library (tests of other parts), nothing is kept and the
 * channels say so.
 */
export function mediaHooks(media: MediaLibrary | undefined) {
  const handlers: Pick<Handlers, MediaChannels> = media
    ? {
        'media:configure': (limits) => media.configure(limits),
        'media:usage': () => media.usage(),
        'media:clear': () => media.clear(),
      }
    : {
        'media:configure': async (limits) => ({ bytes: 0, files: 0, limits: boundedImageCacheLimits(limits) }),
        'media:usage': async () => ({ bytes: 0, files: 0, limits: boundedImageCacheLimits({}) }),
        'media:clear': async () => ({ bytes: 0, files: 0, limits: boundedImageCacheLimits({}) }),
      };
  return {
    handlers,
    /** The poller's push, with the pictures of every result it pushes queued for keeping. */
    pushThrough(push: PushResult): PushResult {
      if (!media) return push;
      return (result, articles) => {
        push(result, articles);
        media.delivered(result, articles?.pictures ?? null);
      };
    },
    know(subscriptions: readonly Subscription[]): void {
      media?.know(subscriptions);
    },
    previewed(url: string, outcome: FetchOutcome): FetchOutcome {
      media?.previewed(url, outcome);
      return outcome;
    },
  };
}
