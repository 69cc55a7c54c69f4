import { useTranslation } from '../../i18n';
import type { Story } from './groupStories';
import { languageName } from '../language/languageNames';
import { LanguageTag } from '../language/LanguageTag';
import { openArticle } from './openArticle';

/** `FR · also EN ES VI`: the shown version's language, then one button per other language the story is listed in. */
export function StoryLanguageTags({ story, selectedKey }: { story: Story; selectedKey: string | null }) {
  const { shown, otherLanguages } = story;
  const { t } = useTranslation();
  return (
    <span className="story-tags">
      <LanguageTag language={shown.language} from={shown.translationFrom} />
      {otherLanguages.length > 0 && <span className="also">{t('language.also')}</span>}
      {otherLanguages.map((version) => {
        const language = version.language ?? '';
        return (
          <button
            key={version.key}
            type="button"
            className={`lang-tag other-version${version.key === selectedKey ? ' current' : ''}`}
            title={t('language.readVersionTitle', { language: languageName(language), title: version.title })}
            aria-label={t('language.readIn', { language: languageName(language) })}
            aria-pressed={version.key === selectedKey}
            data-lang={language}
            onClick={(event) => {
              event.stopPropagation(); // the row would open the shown version instead
              openArticle(version);
            }}
          >
            {language.toUpperCase()}
          </button>
        );
      })}
    </span>
  );
}
