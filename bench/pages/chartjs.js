import { benchSeries, params, done } from './data.js';

const colours = ['#00567d', '#b34700', '#5b3f99'];
const container = document.getElementById('charts');
const options = params();
for (const chart of benchSeries(options)) {
  const figure = document.createElement('figure');
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', chart.title);
  figure.append(canvas);
  container.append(figure);
  // Chart.js's own recommendation for large data: no animation, decimation, no point markers.
  const large = options.points > 400;
  new window.Chart(canvas, {
    type: 'line',
    data: large
      ? { datasets: chart.series.map((s, i) => ({ label: s.name, data: s.values.map((d) => ({ x: d.x, y: d.y })), borderColor: colours[i % 3], pointRadius: 0, borderWidth: 2 })) }
      : {
          labels: chart.series[0].values.map((d) => d.label),
          datasets: chart.series.map((s, i) => ({ label: s.name, data: s.values.map((d) => d.y), borderColor: colours[i % 3], pointRadius: 3, borderWidth: 2 })),
        },
    options: {
      animation: false,
      parsing: !large,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      scales: large ? { x: { type: 'linear' } } : {},
      plugins: { title: { display: true, text: chart.title }, decimation: { enabled: large, algorithm: 'min-max' } },
    },
  });
}
done();
