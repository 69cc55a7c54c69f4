import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { moveFeedTo } from './changeAddress';

type Problem = 'invalid' | 'taken' | 'missing';

const problemText = { invalid: 'health.invalidAddress', taken: 'health.takenAddress', missing: 'health.missingFeed' } as const satisfies Record<Problem, string>;

/** A feed's address, editable in place; stored only when it is a web address no other feed has. */
export function AddressForm({ feedId, name, url, onDone }: { feedId: string; name: string; url: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(url);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const problemId = useId();

  useEffect(() => field.current?.select(), []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    moveFeedTo(feedId, address).then(
      (change) => {
        setSaving(false);
        if (change.ok) onDone();
        else setProblem(change.problem);
      },
      (error: unknown) => {
        setSaving(false);
        console.error('Could not change the feed’s address', error);
      },
    );
  };
  // Escape leaves the field, not the whole view: the dialog would take it as closing.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  };

  return (
    <form className="health-address" aria-label={t('health.editAddressOf', { name })} onSubmit={save} onKeyDown={onKeyDown}>
      <label>
        <span>{t('health.newAddressOf', { name })}</span>
        <input
          ref={field}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={address}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      <button type="submit" className="primary" disabled={saving}>
        {t('health.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('health.cancel')}
      </button>
      {problem && (
        <p id={problemId} className="health-problem" role="alert">
          {t(problemText[problem])}
        </p>
      )}
    </form>
  );
}
