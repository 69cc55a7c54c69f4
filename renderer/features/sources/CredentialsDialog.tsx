import { useEffect, useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { feedName } from '../../db/feeds';
import { useTranslation } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { useFeed } from './useFeed';

type Problem = 'colonInUsername' | 'notStored';

/** Whether the feed has a login saved, and whether a login saved now outlasts Tidings closing; null until main answers. */
function useLoginState(feedId: string): { saved: boolean; persistent: boolean } | null {
  const [state, setState] = useState<{ saved: boolean; persistent: boolean } | null>(null);
  useEffect(() => {
    let current = true;
    bridge.invoke('feeds:hasCredentials', { feedIds: [feedId] }).then(
      (answer) => {
        if (current) setState({ saved: answer.feedIds.includes(feedId), persistent: answer.persistent });
      },
      (error: unknown) => console.error('Could not ask whether the feed has a password', error),
    );
    return () => {
      current = false;
    };
  }, [feedId]);
  return state;
}

/**
 * A feed's user name and password for basic authentication. They go to the main process, which keeps them (sealed by
 * the system's keychain, or in memory only) and never hands them back: the fields start empty, and the database, and
 * so any export, never sees them.
 */
export function CredentialsDialog({ feedId, onDone }: { feedId: string; onDone: () => void }) {
  const feed = useFeed(feedId);
  const state = useLoginState(feedId);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();
  const usernameId = useId();
  const passwordId = useId();
  const problemId = useId();
  if (!feed) return null;

  const run = (work: () => Promise<boolean>) => {
    setBusy(true);
    work().then(
      (done) => {
        setBusy(false);
        if (done) onDone();
      },
      (error: unknown) => {
        setBusy(false);
        setProblem('notStored');
        console.error('Could not change the feed’s password', error);
      },
    );
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Basic authentication ends the user name at its first colon: such a name could never be sent as typed.
    if (username.includes(':')) return setProblem('colonInUsername');
    run(async () => {
      const answer = await bridge.invoke('feeds:setCredentials', { feedId, username, password });
      if (!answer.stored) setProblem('notStored');
      return answer.stored;
    });
  };
  const remove = () =>
    run(async () => {
      await bridge.invoke('feeds:clearCredentials', { feedId });
      return true;
    });
  const wide = { width: '100%', boxSizing: 'border-box' } as const;

  return (
    <ModalDialog title={t('credentials.title', { name: feedName(feed) })} onClose={onDone}>
      <form onSubmit={save}>
        <p>{t('credentials.explanation')}</p>
        {state?.saved && <p>{t('credentials.saved')}</p>}
        <label htmlFor={usernameId}>{t('credentials.username')}</label>
        <input
          id={usernameId}
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={username}
          aria-invalid={problem === 'colonInUsername'}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setUsername(event.target.value);
            setProblem(null);
          }}
        />
        <label htmlFor={passwordId}>{t('credentials.password')}</label>
        <input id={passwordId} type="password" autoComplete="off" style={wide} value={password} onChange={(event) => setPassword(event.target.value)} />
        {state && <p>{state.persistent ? t('credentials.keptEncrypted') : t('credentials.keptUntilClosed')}</p>}
        {problem && (
          <p id={problemId} className="modal-error" role="alert">
            {t(`credentials.${problem}`)}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onDone}>
            {t('credentials.cancel')}
          </button>
          {state?.saved && (
            <button type="button" className="danger" disabled={busy} onClick={remove}>
              {t('credentials.remove')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || username === ''}>
            {t('credentials.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
