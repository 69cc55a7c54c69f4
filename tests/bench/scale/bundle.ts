import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const entry = fileURLToPath(new URL('./page/benchPage.ts', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The benchmark's page script: the renderer's database modules and the generator, as one classic script. Another
 * benchmark's page builds the same way from its own entry.
 */
export async function buildBenchPage(pageEntry = entry, name = 'tidingsScaleBench'): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: false, emptyOutDir: false, lib: { entry: pageEntry, formats: ['iife'], name, fileName: 'bench' } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const script = chunks.find((chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk');
  if (!script) throw new Error('the benchmark page did not build');
  return script.code;
}
