import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as it was left: its size and place when neither maximised nor full screen, and whether it was either. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
  fullScreen: boolean;
}

/** Where the window opens: `x`/`y` absent means centred by the system. */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/**
 * How much of the window must lie on a monitor for it to open where it was; less, and it went with a monitor that is
 * gone or moved, and opens on the first monitor instead.
 */
const visibleEnough = 0.25;

/** The saved state, or null unless it is a complete one with finite numbers: the file may be old, cut short or edited. */
export function readWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized, fullScreen } = value as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  const numbers = [x, y, width, height];
  if (!numbers.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) return null;
  const [left, top, w, h] = numbers as [number, number, number, number];
  if (w <= 0 || h <= 0) return null;
  return { bounds: { x: left, y: top, width: w, height: h }, maximized: maximized === true, fullScreen: fullScreen === true };
}

/**
 * Where to open the window given the monitors there are now (their work areas, the primary first): where it was,
 * moved and shrunk to fit the monitor it mostly lay on; or, when none shows enough of it, at its size clamped to the
 * first monitor, centred there. Maximised and full screen are kept, on that monitor.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], sizes: WindowSizes): WindowPlacement {
  const fallback: WindowPlacement = { bounds: { width: sizes.width, height: sizes.height }, maximized: false, fullScreen: false };
  if (!saved) return fallback;
  const home = bestArea(saved.bounds, workAreas);
  const { maximized, fullScreen } = saved;
  if (!home) {
    const first = workAreas[0];
    if (!first) return { ...fallback, maximized, fullScreen };
    return { bounds: centredIn(fitSize(saved.bounds, first, sizes), first), maximized, fullScreen };
  }
  return { bounds: clampInto(saved.bounds, home, sizes), maximized, fullScreen };
}

function bestArea(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestShare = 0;
  for (const area of areas) {
    const share = overlap(bounds, area) / (bounds.width * bounds.height);
    if (share > bestShare) [best, bestShare] = [area, share];
  }
  return bestShare >= visibleEnough ? best : undefined;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Never larger than the monitor, never smaller than the window allows (unless the monitor itself is smaller). */
function fitSize(bounds: Rectangle, area: Rectangle, sizes: WindowSizes): { width: number; height: number } {
  const width = Math.min(Math.max(bounds.width, sizes.minWidth), area.width);
  const height = Math.min(Math.max(bounds.height, sizes.minHeight), area.height);
  return { width: Math.round(width), height: Math.round(height) };
}

function clampInto(bounds: Rectangle, area: Rectangle, sizes: WindowSizes): Rectangle {
  const { width, height } = fitSize(bounds, area, sizes);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width, height };
}

function centredIn(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const x = area.x + Math.round((area.width - size.width) / 2);
  const y = area.y + Math.round((area.height - size.height) / 2);
  return { x, y, ...size };
}

export interface WindowStateFile {
  read: () => string | null;
  write: (text: string) => Promise<void> | void;
}

/**
 * The state's file in the user data folder. Written at once rather than later: the last write comes as the window
 * closes, when Tidings may be quitting, and a write still pending then would be lost. A new file replaces the old one
 * whole, so a crash mid-write leaves the previous state rather than half of one.
 */
export function windowStateFile(path: string): WindowStateFile {
  return {
    read: () => {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write: (text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.new`, text);
      renameSync(`${path}.new`, path);
    },
  };
}

export interface WindowStateKeeper {
  /** The state read at start, or the last one since: a window opened again while Tidings runs (macOS) opens there. */
  latest(): WindowState | null;
  /** The window moved or changed size: saved once it has been still a moment. */
  changed(state: WindowState): void;
  /** The window closes: saved now, whatever waits. */
  closing(state: WindowState): Promise<void>;
}

/**
 * Keeps the window's state in a JSON file, read at once: it is a few bytes, needed before the first window. Dragging a
 * window fires a move for every few pixels, so a change is written only once the window has been still for `delayMs`;
 * closing writes at once.
 */
export function keepWindowState(
  file: WindowStateFile,
  options: { delayMs?: number; onError?: (error: unknown) => void; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout } = {},
): WindowStateKeeper {
  const delayMs = options.delayMs ?? 500;
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = options.clearTimer ?? clearTimeout;
  const report = options.onError ?? (() => undefined);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = '';
  let latest: WindowState | null = null;
  try {
    const text = file.read();
    if (text !== null) {
      last = text;
      latest = readWindowState(JSON.parse(text));
    }
  } catch (error) {
    report(error);
  }

  const save = async (state: WindowState): Promise<void> => {
    const text = JSON.stringify(state);
    if (text === last) return;
    last = text;
    try {
      await file.write(text);
    } catch (error) {
      report(error);
    }
  };
  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  return {
    latest: () => latest,
    changed(state) {
      latest = state;
      cancel();
      timer = setTimer(() => {
        timer = null;
        void save(state);
      }, delayMs);
    },
    closing(state) {
      latest = state;
      cancel();
      return save(state);
    },
  };
}
