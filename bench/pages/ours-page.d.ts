export function drawCharts(): void;
