import { describe, expect, it, vi } from 'vitest';
import { commands, type CommandId } from '../../../shared/commands/commandTable';
import { readMenuWords, type MenuWords } from '../../../shared/commands/menuWords';
import { buildMenuTemplate, buildTrayTemplate, type MenuItemTemplate } from '../../../electron/main/menuTemplate';
import { menuWordsIn } from '../../../renderer/i18n/menuWords';

const french = menuWordsIn('fr');

function build(isMac: boolean, words?: MenuWords) {
  const send = vi.fn<(command: CommandId) => void>();
  const template = buildMenuTemplate(commands, send, { isMac, toggleDevTools: () => undefined }, words);
  return { template, send };
}

/** Every item, submenus' included, depth first. */
const everyItem = (items: readonly MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((item) => [item, ...everyItem(item.submenu ?? [])]);

/** What an item is apart from its words: the same in every language. */
const shape = (items: readonly MenuItemTemplate[]): unknown[] =>
  items.map(({ role, type, accelerator, registerAccelerator, submenu }) => ({ role, type, accelerator, registerAccelerator, submenu: submenu && shape(submenu) }));

describe('the application menu in the interface language', () => {
  it('names the menus in French', () => {
    expect(build(false, french).template.map((item) => item.label)).toEqual(['&Fichier', 'É&dition', '&Affichage', 'A&ller', 'A&rticle', 'Fe&nêtre', 'Aid&e']);
    const mac = build(true, french).template;
    // macOS names the first menu after the app, whatever its label.
    expect(mac[0]).toMatchObject({ role: 'appMenu' });
    expect(mac.slice(1).map((item) => item.label)).toEqual(['&Fichier', 'É&dition', '&Affichage', 'A&ller', 'A&rticle', 'Fe&nêtre', 'Aid&e']);
  });

  it('labels every command in French, in the same places and with the same keys as in English', () => {
    for (const isMac of [false, true]) {
      const english = build(isMac).template;
      const { template, send } = build(isMac, french);
      expect(shape(template)).toEqual(shape(english));
      const chosen = everyItem(template).filter((item) => item.click && item.label !== french.standard.developerTools);
      for (const item of chosen) item.click?.(null, null);
      const sent = send.mock.calls.map(([command]) => command);
      expect(chosen.map((item) => item.label)).toEqual(sent.map((command) => french.commands[command]));
      expect(sent.sort()).toEqual(commands.filter((command) => command.menu).map((command) => command.id).sort());
    }
  });

  it('keeps single keys shown but unregistered, and chords registered', () => {
    const items = everyItem(build(false, french).template);
    const item = (id: CommandId) => items.find((entry) => entry.label === french.commands[id]);
    expect(item('next-article')).toMatchObject({ accelerator: 'J', registerAccelerator: false });
    expect(item('mark-all-read')).toMatchObject({ accelerator: 'Shift+A', registerAccelerator: false });
    expect(item('add-feed')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(item('add-feed')?.registerAccelerator).toBeUndefined();
  });

  it('gives every item of the shell its label, since Electron would name a role in English', () => {
    for (const isMac of [false, true]) {
      const items = everyItem(build(isMac, french).template.slice(isMac ? 1 : 0)).filter((item) => item.type !== 'separator');
      expect(items.filter((item) => !item.label)).toEqual([]);
      // Services and Zoom are French words too.
      const english = Object.values(menuWordsIn('en').standard).filter((word) => !['Services', 'Zoom'].includes(word));
      expect(items.filter((item) => item.label && english.includes(item.label))).toEqual([]);
      expect(items.find((item) => item.role === 'undo')?.label).toBe('Annuler');
      expect(items.find((item) => item.role === 'selectAll')?.label).toBe('Tout sélectionner');
      expect(items.find((item) => item.role === 'zoomIn')?.label).toBe('Zoom avant');
      expect(items.find((item) => item.role === 'togglefullscreen')?.label).toBe('Plein écran');
      expect(items.find((item) => item.role === 'minimize')?.label).toBe('Réduire');
      expect(items.find((item) => item.label === 'Outils de développement')).toMatchObject({ accelerator: 'F12' });
    }
    const appMenu = build(true, french).template[0]?.submenu ?? [];
    expect(appMenu.filter((item) => item.label).map((item) => item.label)).toEqual([
      'À propos de Tidings',
      'Services',
      'Masquer Tidings',
      'Masquer les autres',
      'Tout afficher',
      'Quitter Tidings',
    ]);
  });

  it('leaves role items to Electron’s own names until the window has sent its words', () => {
    const roles = everyItem(build(false).template).filter((item) => item.role && item.role !== 'help');
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((item) => item.label)).toEqual([]);
  });
});

describe('the tray menu', () => {
  const actions = () => ({ show: vi.fn(), refresh: vi.fn(), quit: vi.fn() });
  const labels = (items: MenuItemTemplate[]) => items.map((item) => item.label ?? '—');

  it('reads English until the window has sent its words, then theirs', () => {
    expect(labels(buildTrayTemplate(actions()))).toEqual(['Show Tidings', 'Refresh all', '—', 'Quit']);
    expect(labels(buildTrayTemplate(actions(), french))).toEqual(['Afficher Tidings', 'Tout actualiser', '—', 'Quitter Tidings']);
  });

  it('does what each item says', () => {
    const given = actions();
    for (const item of buildTrayTemplate(given, french)) item.click?.(null, null);
    expect([given.show, given.refresh, given.quit].map((action) => action.mock.calls.length)).toEqual([1, 1, 1]);
  });
});

describe('readMenuWords', () => {
  it('takes a complete set of words', () => {
    expect(readMenuWords(JSON.parse(JSON.stringify(french)))).toEqual(french);
  });

  it('keeps only the words it knows', () => {
    expect(readMenuWords({ ...french, standard: { ...french.standard, extra: 'x' }, language: 'fr' })).toEqual(french);
  });

  const without = (part: keyof MenuWords, key: string): unknown => ({
    ...french,
    [part]: Object.fromEntries(Object.entries(french[part]).filter(([name]) => name !== key)),
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'fr'],
    ['a list', [french]],
    ['a missing command', without('commands', 'refresh')],
    ['a missing menu', without('menus', 'go')],
    ['a missing item', without('standard', 'undo')],
    ['an empty word', { ...french, menus: { ...french.menus, file: '  ' } }],
    ['a word that is no string', { ...french, commands: { ...french.commands, search: 1 } }],
    ['a word too long for a menu', { ...french, standard: { ...french.standard, copy: 'x'.repeat(201) } }],
    ['words inherited, not sent', { ...french, menus: Object.create(french.menus) as unknown }],
  ])('refuses %s', (_name, value) => {
    expect(readMenuWords(value)).toBeNull();
  });
});
