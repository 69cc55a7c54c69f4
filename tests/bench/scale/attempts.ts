/** The first line of an error's message, for one-line progress reports. */
export const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Runs one part of a measurement; a part that fails is noted in `failures` and reported, and the others still run, so
 * one broken step costs its own figure, not the whole table.
 */
export function attemptsInto(failures: string[], label: string, progress: (line: string) => void) {
  return async (part: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      failures.push(`${part}: ${firstLine(error)}`);
      progress(`${label}: could not measure ${part}: ${firstLine(error)}`);
    }
  };
}
