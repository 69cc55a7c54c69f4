import { mainMessageText } from '../../i18n/mainMessageText';
import type { FeedLogin } from '../../../shared/ipc/contract';
import type { DiscoveredFeed, FetchOutcome } from '../../../shared/model/feed';
import { feedAddressForms } from '../../../shared/util/url';
import { db } from '../../db/instance';
import { addFeed, feedName, followedFeedAt } from '../../db/feeds';
import { storePollResult } from '../../db/ingest';
import { bridge } from '../../ipc/bridge';
import type { FeedRecord } from '../../db/records';
import { i18n } from '../../i18n';

type ReadFeed = Extract<FetchOutcome, { kind: 'updated' }>;

/** A feed read but not yet followed: what the reader sees before saying "Subscribe", and what is stored when they do. */
export interface FeedPreview {
  /** The address to follow: where the one typed led (a permanent redirect, a page's one feed, http rather than https). */
  url: string;
  fetchedAt: number;
  outcome: ReadFeed;
  /** How the address was read when that is worth saying, e.g. "Found over http; https did not answer". */
  note: string | null;
  /** The login the feed asked for, kept by main once the reader subscribes, tied to the address it was given for. */
  login?: FeedLogin & { address: string };
}

export type PreviewAnswer =
  | { kind: 'preview'; preview: FeedPreview }
  /** The address is a site, not a feed: these are the feeds it offers, for the reader to pick. */
  | { kind: 'choices'; message: string; choices: DiscoveredFeed[] }
  /** No feed to follow there, or one already followed; nothing was stored. */
  | { kind: 'refused'; message: string }
  /** The feed asks for a user name and password (`refused`: the ones given were not accepted). */
  | { kind: 'login'; message: string; refused: boolean };

export type SubscribeAnswer = { ok: true; feed: FeedRecord; added: number } | { ok: false; message: string };

/**
 * Reads what an address gives without storing anything. An address without a scheme is tried over https, then http;
 * a web page offers the feeds it advertises; a feed already followed, under any address it is known by, is refused.
 */
export async function previewAddress(input: string, login?: FeedLogin): Promise<PreviewAnswer> {
  const forms = feedAddressForms(input);
  if (!forms.ok) return { kind: 'refused', message: mainMessageText(forms.told, forms.error) };
  const [first, ...fallbacks] = forms.tries;
  let tried = await fetchOnce(first, login);
  for (const fallback of fallbacks) {
    if (tried.outcome.kind !== 'failed' || tried.outcome.offers || wantsLogin(tried.outcome)) break;
    const next = await fetchOnce(fallback, login);
    // The message that helps is the one from where something answered: a 404 over http says more than a refused https.
    if (next.outcome.kind !== 'failed' || next.outcome.offers || couldNotReach(tried.outcome)) tried = next;
  }
  const { url, outcome, fetchedAt } = tried;
  if (outcome.kind === 'updated') {
    const preview: FeedPreview = { url: outcome.movedTo ?? url, fetchedAt, outcome, note: schemeNote(forms.tries, url), ...(login ? { login: { ...login, address: url } } : {}) };
    const followed = await alreadyFollowed(preview, url);
    return followed ? { kind: 'refused', message: followed } : { kind: 'preview', preview };
  }
  if (outcome.kind === 'not-modified') return { kind: 'refused', message: i18n.t('addFeed.noFeedAnswer', { url }) };
  if (outcome.kind === 'failed' && wantsLogin(outcome)) return { kind: 'login', message: mainMessageText(outcome.message, outcome.error), refused: outcome.message?.code === 'loginRefused' };
  const choices = await offeredFeeds(url, outcome);
  if (choices.length > 0) return { kind: 'choices', message: i18n.t('addFeed.webPageOffers'), choices };
  return { kind: 'refused', message: outcome.offers ? i18n.t('addFeed.webPageNoFeed') : mainMessageText(outcome.message, outcome.error) };
}

/** Follows a previewed feed and stores what its preview read, so its articles show at once without a second fetch. */
export async function subscribeToPreview(preview: FeedPreview): Promise<SubscribeAnswer> {
  // Checked again: the same feed may have been added in another window while this preview was open.
  const followed = await alreadyFollowed(preview, preview.url);
  if (followed) return { ok: false, message: followed };
  const feed = await addFeed(db, preview.url, preview.fetchedAt);
  if (preview.login) {
    const { username, password, address } = preview.login;
    // Before the feed's first scheduled check, which would otherwise go without it.
    await bridge.invoke('feeds:setCredentials', { feedId: feed.id, username, password, url: address });
  }
  const { added } = await storePollResult(db, { feedId: feed.id, url: preview.url, fetchedAt: preview.fetchedAt, outcome: preview.outcome });
  return { ok: true, feed, added };
}

async function fetchOnce(url: string, login?: FeedLogin): Promise<{ url: string; outcome: FetchOutcome; fetchedAt: number }> {
  const fetchedAt = Date.now();
  return { url, outcome: await bridge.invoke('feeds:fetch', login ? { url, login } : { url }), fetchedAt };
}

/** A 401: the feed is there, behind a user name and password (missing, or not accepted). */
function wantsLogin(outcome: FetchOutcome): boolean {
  return outcome.kind === 'failed' && (outcome.message?.code === 'wantsLogin' || outcome.message?.code === 'loginRefused');
}

function couldNotReach(outcome: FetchOutcome): boolean {
  return outcome.kind === 'failed' && (outcome.message ? outcome.message.code === 'unreachable' : outcome.error.startsWith('Could not reach'));
}

/** Says which scheme worked when the reader gave none and more than one was tried. */
function schemeNote(tries: readonly string[], answered: string): string | null {
  if (tries.length < 2) return null;
  return answered === tries[0] ? i18n.t('addFeed.overHttps') : i18n.t('addFeed.overHttp');
}

/** The refusal to give when the feed is followed already under the address asked, the one it led to or its own. */
async function alreadyFollowed(preview: FeedPreview, asked: string): Promise<string | null> {
  const selfUrl = preview.outcome.feed.details.selfUrl;
  const feed = await followedFeedAt(db, [asked, preview.url, ...(selfUrl ? [selfUrl] : [])]);
  return feed ? i18n.t('addFeed.alreadyFollowed', { name: feedName(feed) }) : null;
}

/** What a web page offers instead of being a feed: the feeds it advertises, else those found at usual addresses. */
async function offeredFeeds(url: string, outcome: Extract<FetchOutcome, { kind: 'failed' }>): Promise<DiscoveredFeed[]> {
  if (!outcome.offers) return [];
  if (outcome.offers.length > 0) return outcome.offers;
  const discovery = await bridge.invoke('feeds:discover', { url });
  return discovery.kind === 'found' ? discovery.feeds.filter((feed) => feed.url !== url) : [];
}
