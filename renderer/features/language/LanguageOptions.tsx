import { languageName } from './languageNames';

/** One `<option>` per language code, labelled with the language's name. */
export function LanguageOptions({ codes }: { codes: readonly string[] }) {
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {languageName(code)}
        </option>
      ))}
    </>
  );
}
