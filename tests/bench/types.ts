/** One measured figure. `target` states the goal in the same unit, where an issue sets one. */
export interface BenchRow {
  suite: string;
  metric: string;
  value: number;
  unit: 'ms' | 'MB' | 'kB' | 'ratio' | 'fps' | 'count';
  target?: { op: '<=' | '>='; value: number };
  note?: string;
  /** With `--runs N`: every run's value; `value` is then their median. */
  runs?: number[];
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}
