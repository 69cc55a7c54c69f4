import type { DesktopWords, NewArticles, NotificationSettings, OpenTarget } from '../../shared/model/desktop';
import { countPhrase } from './desktopWords';
import { plainTitle } from './plainText';
import { isQuietTime } from './quietHours';

/** One notification: what it says, and where its click leads. */
export interface Notice {
  title: string;
  body: string;
  target: OpenTarget;
}

export interface NotificationBatchOptions {
  show: (notice: Notice) => void;
  settings: () => NotificationSettings;
  words: () => DesktopWords;
  /** How long reports are gathered before one notification says what they brought together. */
  windowMs?: number;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** A refresh stores its feeds over a few seconds; one notification for the lot. */
const defaultWindowMs = 4_000;

/**
 * Gathers what the window reports as new for a few seconds and says it in one notification: the article itself when
 * there is one, the feed's count when one feed brought several, else "12 new articles in 3 feeds". A feed's first
 * fetch, a feed whose notifications are off, everything while they are off or during the quiet hours, says nothing.
 * What the quiet hours silence is not told later: the unread count shows it.
 */
export class NotificationBatch {
  private readonly pending = new Map<string, NewArticles>();
  private timer: unknown = null;
  private readonly windowMs: number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: NotificationBatchOptions) {
    this.windowMs = options.windowMs ?? defaultWindowMs;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** Takes what some deliveries brought; answers whether any of it may be told. */
  add(reports: readonly NewArticles[]): boolean {
    const settings = this.options.settings();
    if (!settings.enabled) return false;
    let queued = false;
    for (const report of reports) {
      if (report.firstFetch || !report.notify || !(report.count > 0)) continue;
      const earlier = this.pending.get(report.feedId);
      // The later report's newest article is the newer one: deliveries of one feed are stored in order.
      this.pending.set(report.feedId, earlier ? { ...report, count: earlier.count + report.count } : report);
      queued = true;
    }
    if (queued && this.timer === null) this.timer = this.setTimer(() => this.flush(), this.windowMs);
    return queued;
  }

  /** Says what was gathered, now: when the window ends, or as Tidings quits. */
  flush(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    const feeds = [...this.pending.values()];
    this.pending.clear();
    const settings = this.options.settings();
    if (feeds.length === 0 || !settings.enabled || isQuietTime(settings.quietHours, this.options.now?.() ?? new Date())) return;
    this.options.show(composeNotice(feeds, this.options.words()));
  }

  /** Forgets what was gathered (Tidings is quitting, or the reader turned notifications off). */
  clear(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}

/** What one notification says of these feeds' new articles. */
export function composeNotice(feeds: readonly NewArticles[], words: DesktopWords): Notice {
  const [only] = feeds;
  const total = feeds.reduce((sum, feed) => sum + feed.count, 0);
  const articles = countPhrase(words.newArticles, total, words.language);
  if (feeds.length === 1 && only) {
    const title = plainTitle(only.feedTitle, 'Tidings');
    if (only.count === 1) return { title, body: plainTitle(only.newestTitle, articles), target: { kind: 'article', feedId: only.feedId, articleKey: only.newestKey } };
    return { title, body: articles, target: { kind: 'feed', feedId: only.feedId } };
  }
  return { title: 'Tidings', body: countPhrase(words.inFeeds, feeds.length, words.language, { articles }), target: { kind: 'unread' } };
}
