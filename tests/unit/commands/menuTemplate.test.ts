import { describe, expect, it, vi } from 'vitest';
import { commands, type CommandId } from '../../../shared/commands/commandTable';
import { buildMenuTemplate, type MenuItemTemplate } from '../../../electron/main/menuTemplate';

function build(isMac = false, toggleDevTools?: () => void) {
  const send = vi.fn<(command: CommandId) => void>();
  const template = buildMenuTemplate(commands, send, { isMac, ...(toggleDevTools ? { toggleDevTools } : {}) });
  const menu = (label: string) => template.find((item) => item.label === label)?.submenu ?? [];
  const item = (label: string) => template.flatMap((top) => top.submenu ?? []).find((entry) => entry.label === label);
  return { template, send, menu, item };
}

const labels = (items: MenuItemTemplate[]) => items.map((item) => item.label ?? item.role ?? '—');

describe('the application menu, built from the command table', () => {
  it('has the menus in order', () => {
    expect(build().template.map((item) => item.label ?? item.role)).toEqual(['&File', 'editMenu', '&View', '&Go', '&Article', 'windowMenu', '&Help']);
    expect(build(true).template.map((item) => item.label ?? item.role)).toEqual(['appMenu', '&File', 'editMenu', '&View', '&Go', '&Article', 'windowMenu', '&Help']);
  });

  it('puts each command where the table says, separated by section', () => {
    const { menu } = build();
    expect(labels(menu('&File'))).toEqual(['Add feed…', 'Refresh all', '—', 'Import subscriptions…', 'Export subscriptions…', '—', 'quit']);
    expect(labels(build(true).menu('&File')).at(-1)).toBe('close');
    expect(labels(menu('&View'))).toEqual([
      'Next pane',
      'Previous pane',
      '—',
      'Feed health…',
      '—',
      'Bigger reading text',
      'Smaller reading text',
      'Default reading text size',
      '—',
      'System theme',
      'Light theme',
      'Dark theme',
      '—',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      '—',
      'togglefullscreen',
    ]);
    expect(labels(menu('&Go'))).toEqual([
      'Next article',
      'Previous article',
      '—',
      'Next unread',
      'Previous unread',
      'Page down, then next unread',
      '—',
      'All articles',
      'Unread',
      'Starred',
      '—',
      'Search',
    ]);
    expect(labels(menu('&Article'))).toEqual(['Star or unstar', 'Mark read or unread', '—', 'Open original', '—', 'Mark all as read', 'Undo mark all as read']);
    expect(labels(menu('&Help'))).toEqual(['Keyboard shortcuts', '—', 'about']);
    expect(labels(build(true).menu('&Help'))).toEqual(['Keyboard shortcuts']);
  });

  it("ends Help with the shell's own items: the log folder, reporting a problem, and About outside macOS", () => {
    const openLogFolder = vi.fn();
    const reportProblem = vi.fn();
    const help = (isMac: boolean) =>
      buildMenuTemplate(commands, vi.fn(), { isMac, openLogFolder, reportProblem }).find((top) => top.label === '&Help')?.submenu ?? [];
    expect(labels(help(false))).toEqual(['Keyboard shortcuts', '—', 'Open log folder', 'Report a problem…', '—', 'about']);
    expect(labels(help(true))).toEqual(['Keyboard shortcuts', '—', 'Open log folder', 'Report a problem…']);
    help(false).find((item) => item.label === 'Open log folder')?.click?.(null, null);
    help(false).find((item) => item.label === 'Report a problem…')?.click?.(null, null);
    expect(openLogFolder).toHaveBeenCalledOnce();
    expect(reportProblem).toHaveBeenCalledOnce();
  });

  it('offers "Check for updates…" in Help only where the app updates itself', () => {
    const checkForUpdates = vi.fn();
    const help = (shell: Parameters<typeof buildMenuTemplate>[2]) => buildMenuTemplate(commands, vi.fn(), shell).find((top) => top.label === '&Help')?.submenu ?? [];
    expect(labels(help({ isMac: false, checkForUpdates }))).toEqual(['Keyboard shortcuts', '—', 'Check for updates…', '—', 'about']);
    expect(labels(help({ isMac: false }))).not.toContain('Check for updates…');
    help({ isMac: true, checkForUpdates }).find((item) => item.label === 'Check for updates…')?.click?.(null, null);
    expect(checkForUpdates).toHaveBeenCalledOnce();
  });

  it('lists every command with menu placement once', () => {
    const { template } = build();
    const shown = template.flatMap((top) => top.submenu ?? []).filter((item) => item.click && item.label !== 'Developer tools');
    expect(shown.map((item) => item.label).sort()).toEqual(commands.filter((command) => command.menu).map((command) => command.label).sort());
  });

  it('shows single keys without registering them, so typing in a field never triggers them', () => {
    const { item } = build();
    for (const [label, accelerator] of [
      ['Next article', 'J'],
      ['Previous article', 'K'],
      ['Next unread', 'N'],
      ['Previous unread', 'P'],
      ['Page down, then next unread', 'Space'],
      ['Star or unstar', 'S'],
      ['Mark read or unread', 'M'],
      ['Open original', 'O'],
      ['Mark all as read', 'Shift+A'],
      ['Keyboard shortcuts', '?'],
    ] as const) {
      expect(item(label), label).toMatchObject({ accelerator, registerAccelerator: false });
    }
  });

  it('registers Cmd/Ctrl chords, preferring them to a single key', () => {
    const { item } = build();
    expect(item('Add feed…')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
    expect(item('Refresh all')).toMatchObject({ accelerator: 'CmdOrCtrl+R' });
    expect(item('Search')).toMatchObject({ accelerator: 'CmdOrCtrl+F' });
    for (const label of ['Add feed…', 'Refresh all', 'Search']) expect(item(label)?.registerAccelerator, label).toBeUndefined();
    // Undo of a mark applies only outside text fields, which the menu cannot see: the renderer decides.
    expect(item('Undo mark all as read')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it('gives sequences and keyless commands no accelerator, so zoom keeps Cmd/Ctrl with plus and minus', () => {
    const { item, menu } = build();
    const keyless = ['Feed health…', 'Bigger reading text', 'Smaller reading text', 'Default reading text size', 'System theme', 'Light theme', 'Dark theme'];
    for (const label of ['All articles', 'Unread', 'Starred', ...keyless]) {
      expect(item(label)?.accelerator, label).toBeUndefined();
    }
    // F6 moves between panes in the page as in the menu; the zoom items keep Electron's own keys.
    const accelerators = menu('&View').flatMap((entry) => entry.accelerator ?? []);
    expect(accelerators).toEqual(['F6', 'Shift+F6']);
  });

  it('sends the command id when an item is chosen', () => {
    const { template, send } = build();
    const items = template.flatMap((top) => top.submenu ?? []).filter((item) => item.click);
    for (const item of items) item.click?.(null, null);
    expect(send.mock.calls.map(([command]) => command)).toEqual(
      ['add-feed', 'refresh', 'import-opml', 'export-opml', 'next-pane', 'previous-pane', 'show-health', 'reading-font-bigger', 'reading-font-smaller', 'reading-font-reset', 'theme-system', 'theme-light', 'theme-dark', 'next-article', 'previous-article', 'next-unread', 'previous-unread', 'page-down-or-next-unread', 'go-all', 'go-unread', 'go-starred', 'search', 'toggle-star', 'toggle-read', 'open-original', 'mark-all-read', 'undo-mark', 'show-shortcuts'],
    );
  });

  it('drops a display-only key that reaches the menu anyway (macOS ignores registerAccelerator)', () => {
    const { item, send } = build(true);
    item('Next article')?.click?.(null, null, { triggeredByAccelerator: true });
    item('Undo mark all as read')?.click?.(null, null, { triggeredByAccelerator: true });
    expect(send).not.toHaveBeenCalled();
    item('Next article')?.click?.(null, null, { triggeredByAccelerator: false });
    item('Refresh all')?.click?.(null, null, { triggeredByAccelerator: true });
    expect(send.mock.calls.map(([command]) => command)).toEqual(['next-article', 'refresh']);
  });

  it('offers the developer tools only while developing', () => {
    const toggleDevTools = vi.fn();
    const { item } = build(false, toggleDevTools);
    item('Developer tools')?.click?.(null, null);
    expect(toggleDevTools).toHaveBeenCalledOnce();
    expect(build().item('Developer tools')).toBeUndefined();
  });
});
