/** What one evaluation module returns: flat metric names ("extraction.fr.f1") to values. */
export interface EvalResult {
  /** Set when the dataset is absent: the runner says so and moves on. */
  skipped?: string;
  metrics: Record<string, number>;
  /** Optional human-readable table printed under the metrics. */
  table?: string;
}

export type EvalModule = { run(): Promise<EvalResult> };

/** eval/floors/<name>.json: a metric must not fall below its floor; lower one only with a reason. */
export type Floors = Record<string, { floor: number; why?: string }>;
