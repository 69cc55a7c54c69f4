import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DiscoveredFeed } from '../../../shared/model/feed';
import { useUi } from '../../state/store';
import { subscribeTo } from './addFeedFlow';

/** The "Add feed" box at the top of the sources pane. */
export function AddFeedForm() {
  const close = () => useUi.getState().setAddFeedOpen(false);
  const selectSource = useUi((state) => state.selectSource);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<DiscoveredFeed[]>([]);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const subscribe = async (target: string) => {
    setBusy(true);
    setError(null);
    setChoices([]);
    const result = await subscribeTo(target).catch((failure: unknown) => ({
      ok: false as const,
      error: failure instanceof Error ? failure.message : String(failure),
    }));
    setBusy(false);
    if ('feed' in result && result.feed) selectSource({ kind: 'feed', feedId: result.feed.id });
    if (result.ok) {
      setAddress('');
      close();
      return;
    }
    setError(result.error);
    if ('choices' in result) setChoices(result.choices);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void subscribe(address);
  };

  return (
    <form className="add-feed" onSubmit={submit} aria-label="Add feed">
      <input
        ref={input}
        type="text"
        inputMode="url"
        placeholder="Feed address, e.g. example.com/feed.xml"
        aria-label="Feed address"
        value={address}
        onChange={(event) => setAddress(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
        disabled={busy}
      />
      <div className="add-feed-actions">
        <button type="submit" disabled={busy || !address.trim()}>
          {busy ? 'Adding…' : 'Add'}
        </button>
        <button type="button" className="quiet" onClick={close}>
          Cancel
        </button>
      </div>
      {error && (
        <p className={choices.length > 0 ? 'form-note' : 'form-error'} role="alert">
          {error}
        </p>
      )}
      {choices.length > 0 && (
        <ul className="feed-choices" aria-label="Feeds this page offers">
          {choices.map((choice) => (
            <li key={choice.url}>
              <button type="button" disabled={busy} onClick={() => void subscribe(choice.url)} title={choice.url}>
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
