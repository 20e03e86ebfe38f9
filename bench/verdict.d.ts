export interface PairedRatio {
  /** The median of the rounds' ratios. */
  ratio: number;
  /** The ends of its bootstrap interval. */
  low: number;
  high: number;
  rounds: number;
}
export function pairedRatio(ours: number[], other: number[], options?: { level?: number; seed?: number }): PairedRatio;
export type Verdict = 'met' | 'not met' | 'undecided';
export function verdict(interval: Pick<PairedRatio, 'low' | 'high'>, limit: number): Verdict;
