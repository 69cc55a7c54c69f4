/** One line of `npm run bench`: a measurement and, where it has one, the baseline measured in the same run. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** The same quantity for the baseline, so the table can print a ratio. */
  baseline?: { name: string; value: number };
  note?: string;
}
