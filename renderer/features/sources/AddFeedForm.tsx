import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useUi } from '../../state/store';
import { subscribeTo } from './addFeedFlow';

/** The "Add feed" box at the top of the sources pane. */
export function AddFeedForm() {
  const close = () => useUi.getState().setAddFeedOpen(false);
  const selectSource = useUi((state) => state.selectSource);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await subscribeTo(address).catch((failure: unknown) => ({
      ok: false as const,
      error: failure instanceof Error ? failure.message : String(failure),
      feed: undefined,
    }));
    setBusy(false);
    if (result.feed) selectSource({ kind: 'feed', feedId: result.feed.id });
    if (result.ok) {
      setAddress('');
      close();
    } else setError(result.error);
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
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
