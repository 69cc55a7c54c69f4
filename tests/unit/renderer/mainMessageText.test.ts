import { afterEach, describe, expect, it } from 'vitest';
import { inEnglish, mainMessage, waitMessage } from '../../../shared/model/mainMessage';
import { problemForStatus } from '../../../electron/feeds/http/statusMessages';
import { unreachable } from '../../../electron/feeds/http/feedProblem';
import { feedAddressForms } from '../../../shared/util/url';
import { i18n } from '../../../renderer/i18n';
import { mainMessageText } from '../../../renderer/i18n/mainMessageText';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('messages the main process sends', () => {
  it('carry a code beside the English sentence they always had', () => {
    const problem = problemForStatus(429, 'Too Many Requests', 'https://busy.example/feed', '120');
    expect(problem.message).toBe('busy.example is receiving too many requests (429 Too Many Requests); it asks to wait 2 min');
    expect(problem.told).toEqual(mainMessage('tooManyRequestsWait', { host: 'busy.example', status: '429 Too Many Requests', wait: waitMessage(120) }));
    expect(inEnglish(problem.told)).toBe(problem.message);
  });

  it('are worded in French and Vietnamese, a network reason inside them too', async () => {
    const problem = unreachable('https://down.example/feed', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(problem.message).toBe('Could not reach down.example: connection refused');
    await i18n.changeLanguage('fr');
    expect(mainMessageText(problem.told, problem.message)).toBe('Impossible de joindre down.example\u00a0: connexion refusée');
    await i18n.changeLanguage('vi');
    expect(mainMessageText(problem.told, problem.message)).toBe('Không tới được down.example: kết nối bị từ chối');
  });

  it('word what the add box refuses before asking anyone: words that are no address', async () => {
    const forms = feedAddressForms('hello world');
    if (forms.ok) throw new Error('"hello world" was taken for an address');
    expect(forms.error).toBe('“hello world” is not a web address');
    await i18n.changeLanguage('fr');
    expect(mainMessageText(forms.told, forms.error)).toBe('«\u00a0hello world\u00a0» n’est pas une adresse web');
  });

  it('choose their plural form in the interface language', async () => {
    await i18n.changeLanguage('fr');
    expect(mainMessageText(mainMessage('repeatedArticles', { count: 1 }), '')).toBe('1 article répétait un article déjà dans le flux et a été retiré');
    expect(inEnglish(mainMessage('repeatedArticles', { count: 2 }))).toBe('2 articles repeated an article already in the feed and were dropped');
  });

  it('show a stored record’s English sentence when it has no code, or a code this version does not know', async () => {
    await i18n.changeLanguage('fr');
    expect(mainMessageText(undefined, 'Could not reach old.example: no such host')).toBe('Could not reach old.example: no such host');
    expect(mainMessageText({ code: 'fromANewerVersion' }, 'A newer sentence')).toBe('A newer sentence');
  });
});
