import { useTranslation } from '../../i18n';
import { languageLabel } from './languageNames';

/** One `<option>` per language code, labelled with the language's name in the interface language. */
export function LanguageOptions({ codes }: { codes: readonly string[] }) {
  useTranslation(); // drawn again when the interface language changes
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {languageLabel(code)}
        </option>
      ))}
    </>
  );
}
