import type { RowWords } from '../articles/rowWords';
import type { Story } from './groupStories';
import { LanguageTag } from '../language/LanguageTag';
import { openArticle } from './openArticle';

/** `FR · also EN ES VI`: the shown version's language, then one button per other language the story is listed in. */
export function StoryLanguageTags({ story, selectedKey, words }: { story: Story; selectedKey: string | null; words: RowWords }) {
  const { shown, otherLanguages } = story;
  return (
    <span className="story-tags">
      <LanguageTag language={shown.language} from={shown.translationFrom} />
      {otherLanguages.length > 0 && <span className="also">{words.also}</span>}
      {otherLanguages.map((version) => {
        const language = version.language ?? '';
        return (
          <button
            key={version.key}
            type="button"
            className={`lang-tag other-version${version.key === selectedKey ? ' current' : ''}`}
            title={words.readVersionTitle(language, version.title)}
            aria-label={words.readIn(language)}
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
