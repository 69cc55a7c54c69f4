import { Search } from 'lucide-react';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { registerSearchField } from './focusSearch';
import { highlightMatches } from './highlightMatches';
import { chooseScope, endSearch, followSourceChanges, searchNow, typeQuery, useSearch, type SearchScope } from './searchState';
import './search.css';

// "All sources" rather than "All": the list's own All / Unread / Starred filter sits just below.
const scopes = [
  { scope: 'source', label: 'search.thisSource', hint: 'search.thisSourceHint' },
  { scope: 'all', label: 'search.allSources', hint: 'search.allSourcesHint' },
] as const satisfies ReadonlyArray<{ scope: SearchScope; label: string; hint: string }>;

/** The search bar over the article list: the list shows what the field finds, newest first, its matches marked. */
export function SearchField() {
  const text = useSearch((state) => state.text);
  const scope = useSearch((state) => state.scope);
  const query = useUi((state) => (state.source.kind === 'search' ? state.source.query : null));
  const { t } = useTranslation();

  useEffect(() => followSourceChanges(), []);
  useEffect(() => (query ? highlightMatches(query) : undefined), [query]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter and Escape belong to an input method while it composes: they confirm or cancel its text.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') searchNow();
    if (event.key !== 'Escape') return;
    // The browser's own Escape would empty the field without ending the search.
    event.preventDefault();
    // An Escape that ended a search has done its work: the app's own Escape (closing the article) must not follow.
    if (endSearch()) event.stopPropagation();
    else event.currentTarget.blur();
  };

  return (
    <div className="search-bar" role="search">
      <label className="search-box">
        <Search className="search-icon" size={15} aria-hidden="true" />
        <input
          ref={registerSearchField}
          type="search"
          aria-label={t('search.field')}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => typeQuery(event.target.value, (event.nativeEvent as InputEvent).isComposing)}
          onCompositionEnd={(event) => typeQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <div className="search-scope" role="radiogroup" aria-label={t('search.scope')}>
        {scopes.map((option) => (
          <label key={option.scope} title={t(option.hint)}>
            <input type="radio" name="search-scope" checked={scope === option.scope} onChange={() => chooseScope(option.scope)} />
            {t(option.label)}
          </label>
        ))}
      </div>
    </div>
  );
}
