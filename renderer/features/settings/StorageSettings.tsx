import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { db } from '../../db/instance';
import { readRetentionRules, retentionDayChoices, setRetentionRules, type RetentionRules } from '../../db/retention';
import { useTranslation } from '../../i18n';
import { StorageUsage } from '../storage/StorageUsage';

const forever = 'forever';

/** Preferences → Storage: how long articles are kept, the space they take, and ways to give some back. */
export function StorageSettings() {
  const rules = useLiveQuery(() => readRetentionRules(db), []);
  const { t } = useTranslation();
  return (
    <section className="settings-section storage-settings">
      <h2>{t('storage.title')}</h2>
      <p className="settings-hint">{t('storage.hint')}</p>
      {rules && (
        <>
          <KeepFor rule="readDays" label={t('storage.keepRead')} rules={rules} />
          <KeepFor rule="unreadDays" label={t('storage.keepUnread')} rules={rules} />
        </>
      )}
      <p className="settings-hint">{t('storage.ownRuleHint')}</p>
      <StorageUsage />
    </section>
  );
}

function KeepFor({ rule, label, rules }: { rule: keyof RetentionRules; label: string; rules: RetentionRules }) {
  const id = useId();
  const { t } = useTranslation();
  const current = rules[rule];
  // A value stored by hand or by another version is offered too, so that the list shows what is in force.
  const choices = current === null || (retentionDayChoices as readonly number[]).includes(current) ? retentionDayChoices : [...retentionDayChoices, current].sort((a, b) => a - b);
  return (
    <div className="settings-row">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current === null ? forever : current}
        onChange={(event) => void setRetentionRules(db, { [rule]: event.target.value === forever ? null : Number(event.target.value) })}
      >
        {choices.map((count) => (
          <option key={count} value={count}>
            {t('storage.days', { count })}
          </option>
        ))}
        <option value={forever}>{t('storage.forever')}</option>
      </select>
    </div>
  );
}
