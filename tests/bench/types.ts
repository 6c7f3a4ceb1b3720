/** One measured figure. `target` states the goal in the same unit, where an issue sets one. */
export interface BenchRow {
  suite: string;
  metric: string;
  value: number;
  unit: 'ms' | 'MB' | 'ratio' | 'fps' | 'count';
  target?: { op: '<=' | '>='; value: number };
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}
