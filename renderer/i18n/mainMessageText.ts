import { fillTemplate, isMainMessage, type MainMessage } from '../../shared/model/mainMessage';
import { formatNumber, i18n, interfaceLanguage } from './index';

/**
 * What the main process said, in the interface language. Records stored before messages had codes hold only the
 * English sentence: that `fallback` is shown as it is, and so is it for a code this version does not know.
 */
export function mainMessageText(message: unknown, fallback: string): string {
  return isMainMessage(message) ? worded(message) : fallback;
}

/** The raw template: filled here rather than by i18next, so that a message among the parameters is worded first. */
function template(language: string, message: MainMessage): string | undefined {
  const count = message.params?.count;
  const keys =
    typeof count === 'number' ? [`${message.code}_${new Intl.PluralRules(language).select(count)}`, `${message.code}_other`, message.code] : [message.code];
  for (const key of keys) {
    const found: unknown = i18n.getResource(language, 'translation', `mainMessages.${key}`);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

function worded(message: MainMessage): string {
  const language = interfaceLanguage();
  const text = template(language, message) ?? template('en', message) ?? message.code;
  return fillTemplate(text, message.params, worded, (value) => formatNumber(value));
}
