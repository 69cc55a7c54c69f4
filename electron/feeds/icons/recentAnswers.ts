/**
 * Remembers answers for a while, by key, in flight ones included: feeds of one site share its home page and its
 * favicon.ico, which are then fetched once for all of them rather than once each. Holds at most `capacity` keys,
 * dropping the oldest.
 */
export class RecentAnswers<T> {
  private readonly answers = new Map<string, { until: number; answer: Promise<T> }>();

  constructor(
    private readonly keepMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, ask: () => Promise<T>): Promise<T> {
    const known = this.answers.get(key);
    if (known && known.until > this.now()) return known.answer;
    this.answers.delete(key);
    const answer = ask();
    this.answers.set(key, { until: this.now() + this.keepMs, answer });
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.capacity) break;
      this.answers.delete(oldest);
    }
    return answer;
  }
}
