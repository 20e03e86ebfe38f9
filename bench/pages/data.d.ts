import type { MonitorDocument } from '../../src/format/types.generated.js';

export interface BenchOptions {
  charts?: number;
  areas?: number;
  points?: number;
}
export function benchDocument(options?: BenchOptions): MonitorDocument;
export function benchSeries(options?: BenchOptions): { id: string; title: string; series: { name: string; values: { x: number; label: string; y: number }[] }[] }[];
export function params(): Required<BenchOptions>;
export function done(): void;
