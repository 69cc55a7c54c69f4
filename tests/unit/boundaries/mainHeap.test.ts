import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

// Imports of values, not of types only, and not dynamic ones: what loading a module loads with it.
const valueImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\s+from\s+)?'(\.[^']+)'/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.match(/\.[cm]?[jt]sx?$/)) return candidate;
  return null;
}

/** Every project module loaded, statically, with the given one. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [join(projectRoot, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(valueImport)) {
      const target = resolveModule(file, specifier);
      if (target) queue.push(target);
    }
  }
  return new Set([...seen].map((file) => relative(projectRoot, file)));
}

// Every full collection of the main process's heap marks what it holds; its parse workers read the feeds.
describe('the main process', () => {
  it('loads neither the feed parsers nor the language tables: its parse workers do', () => {
    for (const entry of ['electron/main/index.ts', 'electron/web/webApp.ts']) {
      const loaded = loadedWith(entry);
      expect(loaded.has('electron/poller/poller.ts')).toBe(true);
      expect(loaded.has('electron/feeds/parse/readFeedDocument.ts')).toBe(false);
      expect(loaded.has('shared/lang/eldData.ts')).toBe(false);
    }
    const worker = loadedWith('electron/feeds/worker/parseWorker.ts');
    expect(worker.has('electron/feeds/parse/readFeedDocument.ts')).toBe(true);
    expect(worker.has('shared/lang/eldData.ts')).toBe(true);
  });
});
