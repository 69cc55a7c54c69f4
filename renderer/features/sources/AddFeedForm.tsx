import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import type { FeedLogin } from '../../../shared/ipc/contract';
import type { DiscoveredFeed } from '../../../shared/model/feed';
import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { previewAddress, subscribeToPreview, type FeedPreview as Preview } from './addFeedFlow';
import { takeAddFeedRequest, useAddFeedRequest } from './addFeedRequest';
import { FeedPreview } from './FeedPreview';
import './addFeed.css';

type Busy = 'reading' | 'subscribing' | null;
interface Message {
  text: string;
  tone: 'error' | 'note';
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * The "Add feed" box at the top of the sources pane. An address is read first and shown as a preview; nothing is stored
 * until the reader says "Subscribe", so a typo, a dead address or a page without feeds leaves no trace.
 */
export function AddFeedForm() {
  const close = () => useUi.getState().setAddFeedOpen(false);
  const selectSource = useUi((state) => state.selectSource);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [choices, setChoices] = useState<DiscoveredFeed[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  // Shown once the feed answers that it wants a user name and password; they go with the next read.
  const [login, setLogin] = useState<FeedLogin | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const subscribeButton = useRef<HTMLButtonElement>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();

  // The field is disabled while busy, which takes the focus away; it goes back where the next step is.
  useEffect(() => {
    if (busy) return;
    if (preview) subscribeButton.current?.focus();
    else if (login) usernameInput.current?.focus();
    else input.current?.focus();
  }, [busy, preview, login]);

  /** A page's feeds stay listed while one of them is read, so that another can be picked. */
  const read = async (target: string, { fromChoices = false } = {}) => {
    setBusy('reading');
    setPreview(null);
    if (!fromChoices) {
      setMessage(null);
      setChoices([]);
    }
    const given = login && login.username !== '' ? login : undefined;
    const answer = await previewAddress(target, given).catch((failure: unknown) => ({ kind: 'refused' as const, message: messageOf(failure) }));
    setBusy(null);
    if (answer.kind === 'preview') {
      setPreview(answer.preview);
    } else if (answer.kind === 'login') {
      setLogin((current) => current ?? { username: '', password: '' });
      setMessage({ text: answer.message, tone: answer.refused ? 'error' : 'note' });
    } else if (answer.kind === 'choices') {
      setMessage({ text: answer.message, tone: 'note' });
      setChoices(answer.choices);
    } else {
      setMessage({ text: answer.message, tone: 'error' });
    }
  };

  // An address given from outside (a `feed:` link clicked elsewhere, the command line) is read at once.
  const requested = useAddFeedRequest((state) => state.address);
  const readRequested = useEffectEvent(() => {
    const given = takeAddFeedRequest();
    if (given === null) return;
    setAddress(given);
    void read(given);
  });
  useEffect(() => {
    if (requested !== null) readRequested();
  }, [requested]);

  const subscribe = async (chosen: Preview) => {
    setBusy('subscribing');
    const answer = await subscribeToPreview(chosen).catch((failure: unknown) => ({ ok: false as const, message: messageOf(failure) }));
    setBusy(null);
    if (answer.ok) {
      selectSource({ kind: 'feed', feedId: answer.feed.id });
      close();
      return;
    }
    setPreview(null);
    setMessage({ text: answer.message, tone: 'error' });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Basic authentication ends the user name at its first colon: such a name could never be sent as typed.
    if (!preview && login?.username.includes(':')) return setMessage({ text: t('credentials.colonInUsername'), tone: 'error' });
    void (preview ? subscribe(preview) : read(address));
  };

  const edit = (value: string) => {
    setAddress(value);
    // A preview answers for the address it was read from, not for the one being typed; so does a login.
    setPreview(null);
    setLogin(null);
  };

  const editLogin = (change: Partial<FeedLogin>) => {
    setLogin((current) => ({ username: '', password: '', ...current, ...change }));
    setPreview(null);
  };

  return (
    <form className="add-feed" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && close()} aria-label={t('addFeed.form')}>
      <input
        ref={input}
        type="text"
        inputMode="url"
        placeholder={t('addFeed.placeholder')}
        aria-label={t('addFeed.address')}
        value={address}
        onChange={(event) => edit(event.target.value)}
        disabled={busy !== null}
      />
      {login && (
        <fieldset className="add-feed-login" disabled={busy !== null}>
          <legend>{t('addFeed.login')}</legend>
          <input
            ref={usernameInput}
            type="text"
            autoComplete="username"
            aria-label={t('credentials.username')}
            placeholder={t('credentials.username')}
            value={login.username}
            onChange={(event) => editLogin({ username: event.target.value })}
          />
          <input
            type="password"
            autoComplete="current-password"
            aria-label={t('credentials.password')}
            placeholder={t('credentials.password')}
            value={login.password}
            onChange={(event) => editLogin({ password: event.target.value })}
          />
          <p className="form-note">{t('credentials.explanation')}</p>
        </fieldset>
      )}
      {preview && <FeedPreview preview={preview} />}
      <div className="add-feed-actions">
        {preview ? (
          <button ref={subscribeButton} type="submit" disabled={busy !== null}>
            {busy === 'subscribing' ? t('addFeed.subscribing') : t('addFeed.subscribe')}
          </button>
        ) : (
          <button type="submit" disabled={busy !== null || !address.trim() || login?.username === ''}>
            {busy === 'reading' ? t('addFeed.reading') : t('addFeed.add')}
          </button>
        )}
        <button type="button" className="quiet" onClick={close}>
          {t('addFeed.cancel')}
        </button>
      </div>
      {message && (
        <p className={message.tone === 'note' ? 'form-note' : 'form-error'} role="alert">
          {message.text}
        </p>
      )}
      {choices.length > 0 && (
        <ul className="feed-choices" aria-label={t('addFeed.offered')}>
          {choices.map((choice) => (
            <li key={choice.url}>
              <button type="button" disabled={busy !== null} onClick={() => void read(choice.url, { fromChoices: true })} title={choice.url}>
                <span className="choice-title">{choice.title ?? choice.url}</span>
                <span className="choice-type">{choice.type === 'unknown' ? '' : choice.type.toUpperCase()}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
