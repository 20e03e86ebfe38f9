// Deterministic benchmark data: a monitor document with `charts` indicators,
// each with `areas` series of `points` periods. Shared by every contender.
export function benchDocument({ charts = 30, areas = 3, points = 10 } = {}) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const areaList = [
    { code: 'NL01', name: 'Nederland', level: 'national' },
    { code: 'JZ18', name: 'Jeugdregio Utrecht', level: 'youth-care-region', parent: 'NL01' },
    { code: 'GM0344', name: 'Utrecht', level: 'municipality', parent: 'JZ18' },
  ].slice(0, areas);
  const daily = points > 400;
  const period = (index) => {
    if (!daily) return String(2000 + index);
    const date = new Date(Date.UTC(1990, 0, 1) + index * 86_400_000);
    return date.toISOString().slice(0, 10);
  };
  const indicators = [];
  const observations = [];
  for (let chart = 0; chart < charts; chart += 1) {
    const id = `indicator-${chart}`;
    indicators.push({ id, title: `Indicator ${chart + 1}`, unit: 'percent', decimals: 1, polarity: 'neutral', sources: [{ producer: 'other', name: 'Benchmark' }] });
    for (const area of areaList) {
      let value = 20 + random() * 20;
      for (let index = 0; index < points; index += 1) {
        value = Math.min(99, Math.max(1, value + (random() - 0.5) * 3));
        observations.push({ indicator: id, area: area.code, period: period(index), value: Math.round(value * 10) / 10, status: 'final' });
      }
    }
  }
  return {
    formatVersion: '1.0',
    meta: { title: 'Benchmark', publisher: { name: 'Benchmark' }, published: '2025-01-01', language: 'nl', license: 'CC0-1.0', audience: 'public', area: areaList.at(-1).code, illustrative: true },
    areas: areaList,
    indicators,
    observations,
  };
}

/** The same data as plain series per chart: [{ id, title, series: [{ name, values: [{ x, y }] }] }]. */
export function benchSeries(options) {
  const document = benchDocument(options);
  return document.indicators.map((indicator) => ({
    id: indicator.id,
    title: indicator.title,
    series: document.areas.map((area) => ({
      name: area.name,
      values: document.observations.filter((o) => o.indicator === indicator.id && o.area === area.code).map((o, index) => ({ x: index, label: o.period, y: o.value })),
    })),
  }));
}

export function params() {
  const search = new URLSearchParams(location.search);
  return { charts: Number(search.get('charts') ?? 30), areas: Number(search.get('areas') ?? 3), points: Number(search.get('points') ?? 10) };
}

/** Marks the moment every chart is drawn, for the benchmark runner to read. */
export function done() {
  requestAnimationFrame(() => {
    window.__drawn = performance.now();
  });
}
