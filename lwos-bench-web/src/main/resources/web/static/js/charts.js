/* uPlot helpers: time series with event markers, histograms with percentile markers, zoom sync. */
(function () {
  'use strict';

  const LW = (window.LW = window.LW || {});
  const C = (LW.charts = {});

  C.PALETTE = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#db2777', '#65a30d'];
  C.A_COLOR = '#2563eb';
  C.B_COLOR = '#ea580c';

  const AXIS = { stroke: '#5f6b7a', grid: { stroke: '#eef1f4', width: 1 }, ticks: { stroke: '#dde2e8', width: 1 } };
  const MARKER_COLORS = {
    gap: '#dc2626', disconnected: '#d97706', reconnected: '#d97706', reboot: '#7c3aed',
    'stats-reset': '#7c3aed', stopped: '#6b7280',
  };

  function widthOf(container) {
    return Math.max(320, Math.floor(container.getBoundingClientRect().width || container.clientWidth || 600));
  }

  function alpha(hex, a) {
    const n = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  /** Vertical dashed lines with a short label at the top: events on a time axis, percentiles on a value axis. */
  function markersPlugin(getMarkers) {
    return {
      hooks: {
        draw: [
          (u) => {
            const markers = getMarkers() || [];
            if (!markers.length) return;
            const ctx = u.ctx;
            const { left, top, width, height } = u.bbox;
            const px = window.devicePixelRatio || 1;
            ctx.save();
            ctx.font = Math.round(10.5 * px) + 'px system-ui, sans-serif';
            ctx.textBaseline = 'top';
            // Labels too close to the previous one drop to a lower row instead of overlapping it.
            const rowEnds = [];
            markers.forEach((m) => {
              const x = Math.round(u.valToPos(m.x, 'x', true));
              if (x < left || x > left + width) return;
              ctx.strokeStyle = m.color || '#6b7280';
              ctx.lineWidth = Math.max(1, px);
              ctx.setLineDash([4 * px, 3 * px]);
              ctx.beginPath();
              ctx.moveTo(x, top);
              ctx.lineTo(x, top + height);
              ctx.stroke();
              if (!m.label) return;
              ctx.setLineDash([]);
              const tw = ctx.measureText(m.label).width;
              const tx = Math.min(x + 3 * px, left + width - tw - 2 * px);
              let row = 0;
              while (row < rowEnds.length && rowEnds[row] > tx - 4 * px) row++;
              if (row > 3) return;
              rowEnds[row] = tx + tw;
              ctx.fillStyle = 'rgba(255,255,255,0.85)';
              ctx.fillRect(tx - px, top + (2 + row * 13) * px, tw + 2 * px, 12 * px);
              ctx.fillStyle = m.color || '#6b7280';
              ctx.fillText(m.label, tx, top + (2 + row * 13) * px);
            });
            ctx.restore();
          },
        ],
      },
    };
  }

  /** Event markers from run/v2 events: [{at, type, detail}] → elapsed-second markers. */
  C.eventMarkers = function (events, startMicros) {
    return (events || [])
      .filter((e) => e.type !== 'connected' && e.type !== 'subscribed')
      .map((e) => ({
        x: (Date.parse(e.at) * 1000 - startMicros) / 1e6,
        label: e.type,
        color: MARKER_COLORS[e.type] || '#6b7280',
        detail: e.detail,
      }));
  };

  /**
   * A zoomable line chart over elapsed time. spec: {title, yLabel, height, series: [{label, unit, x (s), y, color}], markers}
   * Drag to zoom, double-click to reset.
   */
  C.lineChart = function (container, spec) {
    LW.clear(container);
    const usable = spec.series.filter((s) => s.x.length > 0);
    if (!usable.length) {
      container.appendChild(LW.el('div', { class: 'chart-empty', text: spec.emptyText || 'No samples for this chart.' }));
      return null;
    }
    const data = uPlot.join(usable.map((s) => [s.x, s.y]));
    const markers = spec.markers || [];
    const opts = {
      title: spec.title,
      width: widthOf(container),
      height: spec.height || 260,
      cursor: { sync: spec.syncKey ? { key: spec.syncKey } : undefined, drag: { x: true, y: false } },
      scales: { x: { time: false } },
      legend: { live: true },
      series: [
        { label: spec.xLabel || 'elapsed', value: (u, v) => (v == null ? '—' : LW.fmtElapsed(v)) },
        ...usable.map((s, i) => ({
          label: s.label,
          stroke: s.color || C.PALETTE[i % C.PALETTE.length],
          width: 1.5,
          points: { show: false },
          spanGaps: true,
          value: (u, v) => (v == null ? '—' : LW.fmtMetric(v, s.unit) + ' ' + s.unit),
        })),
      ],
      axes: [
        Object.assign({}, AXIS, {
          label: spec.xLabel || 'elapsed since start (m:ss)',
          labelSize: 22,
          values: (u, splits) => splits.map(LW.fmtElapsed),
        }),
        Object.assign({}, AXIS, {
          label: spec.yLabel,
          labelSize: 22,
          size: 62,
          values: (u, splits) => splits.map((v) => LW.fmt(v, spec.yDigits == null ? 0 : spec.yDigits)),
        }),
      ],
      plugins: [markersPlugin(() => markers)],
    };
    const chart = new uPlot(opts, data, container);
    chart.lwSpec = spec;
    autoResize(chart, container);
    return chart;
  };

  /** Replaces a line chart's data (live updates) keeping the user's zoom unless follow is set. */
  C.setLineData = function (chart, seriesXY, follow) {
    const data = uPlot.join(seriesXY.map((s) => [s.x, s.y]));
    chart.setData(data, follow !== false);
  };

  /**
   * A histogram. spec: {title, xLabel, yLabel, edges, series: [{label, counts, color}], markers: [{x, label, color}], steps}
   * One series: bars; several: overlaid translucent steps so both distributions stay visible.
   */
  C.histogramChart = function (container, spec) {
    LW.clear(container);
    const edges = spec.edges || [];
    if (edges.length < 2) {
      container.appendChild(LW.el('div', { class: 'chart-empty', text: spec.emptyText || 'No values to bin.' }));
      return null;
    }
    const overlay = spec.series.length > 1;
    // Steps need the closing edge as a last point; bars are drawn at bin centres.
    const xs = overlay ? edges.slice() : edges.slice(0, -1).map((e, i) => (e + edges[i + 1]) / 2);
    const data = [xs, ...spec.series.map((s) => (overlay ? [...s.counts, s.counts[s.counts.length - 1] || 0] : s.counts.slice()))];
    const unit = spec.unit || '';
    const opts = {
      title: spec.title,
      width: widthOf(container),
      height: spec.height || 240,
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: false, range: (u, min, max) => [edges[0], edges[edges.length - 1]] }, y: { range: (u, min, max) => [0, Math.max(1, max) * 1.08] } },
      series: [
        { label: spec.xLabel, value: (u, v) => (v == null ? '—' : LW.fmtMetric(v, unit) + ' ' + unit) },
        ...spec.series.map((s, i) => {
          const color = s.color || C.PALETTE[i % C.PALETTE.length];
          return {
            label: s.label,
            stroke: color,
            fill: alpha(color, overlay ? 0.22 : 0.55),
            width: overlay ? 1.5 : 1,
            points: { show: false },
            paths: overlay ? uPlot.paths.stepped({ align: 1 }) : uPlot.paths.bars({ size: [0.92, Infinity], align: 0 }),
            value: (u, v) => (v == null ? '—' : LW.fmtInt(v)),
          };
        }),
      ],
      axes: [
        Object.assign({}, AXIS, { label: spec.xLabel, labelSize: 22, values: (u, splits) => splits.map((v) => LW.fmt(v, LW.digitsFor(unit) - 1)) }),
        Object.assign({}, AXIS, { label: spec.yLabel || 'samples', labelSize: 22, size: 62, values: (u, splits) => splits.map(LW.fmtInt) }),
      ],
      plugins: [markersPlugin(() => spec.markers || [])],
    };
    const chart = new uPlot(opts, data, container);
    autoResize(chart, container);
    return chart;
  };

  /** Bars over named categories (the device's eight hop-time bins). */
  C.categoryBars = function (container, spec) {
    LW.clear(container);
    const xs = spec.labels.map((_, i) => i);
    const opts = {
      title: spec.title,
      width: widthOf(container),
      height: spec.height || 240,
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.6, spec.labels.length - 0.4] }, y: { range: (u, min, max) => [0, Math.max(1, max) * 1.08] } },
      series: [
        { label: spec.xLabel, value: (u, v) => (v == null ? '—' : (spec.legendLabels || spec.labels)[v]) },
        {
          label: spec.seriesLabel || 'count',
          stroke: spec.color || C.PALETTE[3],
          fill: alpha(spec.color || C.PALETTE[3], 0.55),
          width: 1,
          points: { show: false },
          paths: uPlot.paths.bars({ size: [0.7, Infinity] }),
          value: (u, v) => (v == null ? '—' : LW.fmtInt(v)),
        },
      ],
      axes: [
        Object.assign({}, AXIS, {
          label: spec.xLabel, labelSize: 22, splits: () => xs,
          values: (u, splits) => splits.map((i) => spec.labels[i] || ''),
        }),
        Object.assign({}, AXIS, { label: spec.yLabel, labelSize: 22, size: 62, values: (u, splits) => splits.map(LW.fmtInt) }),
      ],
    };
    const chart = new uPlot(opts, [xs, spec.counts], container);
    autoResize(chart, container);
    return chart;
  };

  /**
   * A trend over runs: x is the run's position (0 = oldest). spec: {title, yLabel, unit, values,
   * lo, hi (the 95 % interval, null where none), level (the mean between change points), xLabels
   * (legend text per position), markers: [{x, label, color}], onPick(index)}.
   */
  C.trendChart = function (container, spec) {
    LW.clear(container);
    if (!spec.values.length) {
      container.appendChild(LW.el('div', { class: 'chart-empty', text: spec.emptyText || 'No runs.' }));
      return null;
    }
    const unit = spec.unit || '';
    const xs = spec.values.map((_, i) => i);
    const fmtV = (u, v) => (v == null ? '—' : LW.fmtMetric(v, unit) + ' ' + unit);
    const color = C.PALETTE[0];
    const opts = {
      title: spec.title,
      width: widthOf(container),
      height: spec.height || 320,
      cursor: { drag: { x: false, y: false }, points: { size: 10 } },
      scales: { x: { time: false, range: (u, min, max) => [-0.5, Math.max(max, 1) + 0.5] } },
      legend: { live: true },
      series: [
        { label: 'run', value: (u, v) => (v == null ? '—' : (spec.xLabels || [])[v] || '#' + v) },
        { label: '95 % low', stroke: alpha(color, 0.35), width: 1, points: { show: false }, spanGaps: false, value: fmtV },
        { label: '95 % high', stroke: alpha(color, 0.35), width: 1, points: { show: false }, spanGaps: false, value: fmtV },
        { label: spec.valueLabel || 'value', stroke: color, width: 1.5, points: { show: true, size: 6, fill: color }, value: fmtV },
        { label: 'level', stroke: '#111827', width: 1.5, dash: [6, 4], points: { show: false },
          paths: uPlot.paths.stepped({ align: 1 }), value: fmtV },
      ],
      bands: [{ series: [2, 1], fill: alpha(color, 0.13) }],
      axes: [
        Object.assign({}, AXIS, {
          label: spec.xLabel || 'run (oldest first)', labelSize: 22, space: 36,
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
          values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? '#' + v : '')),
        }),
        Object.assign({}, AXIS, {
          label: spec.yLabel, labelSize: 22, size: 70,
          values: (u, splits) => splits.map((v) => LW.fmt(v, spec.yDigits == null ? LW.digitsFor(unit) : spec.yDigits)),
        }),
      ],
      plugins: [markersPlugin(() => spec.markers || [])],
    };
    const data = [xs, spec.lo.slice(), spec.hi.slice(), spec.values.slice(), spec.level.slice()];
    const chart = new uPlot(opts, data, container);
    if (spec.onPick) {
      chart.over.style.cursor = 'pointer';
      chart.over.addEventListener('click', () => {
        const i = chart.cursor.idx;
        if (i != null && i >= 0 && i < xs.length) spec.onPick(i);
      });
    }
    container.lwChart = chart;
    autoResize(chart, container);
    return chart;
  };

  /** Zooming one chart's x range zooms the others (drag to zoom; double-click resets all). */
  C.syncZoom = function (charts) {
    const list = charts.filter(Boolean);
    let busy = false;
    list.forEach((chart) => {
      chart.hooks.setScale = chart.hooks.setScale || [];
      chart.hooks.setScale.push((u, key) => {
        if (key !== 'x' || busy) return;
        busy = true;
        const { min, max } = u.scales.x;
        list.forEach((other) => {
          if (other !== u) other.setScale('x', { min, max });
        });
        busy = false;
      });
    });
  };

  function autoResize(chart, container) {
    let timer = null;
    window.addEventListener('resize', () => {
      clearTimeout(timer);
      timer = setTimeout(() => chart.setSize({ width: widthOf(container), height: chart.height }), 120);
    });
  }

  /** Number of painted pixels in a chart's canvas (tests and self-checks). */
  C.paintedPixels = function (container) {
    const canvas = container.querySelector('canvas');
    if (!canvas) return 0;
    const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < img.length; i += 4) if (img[i] > 0) n++;
    return n;
  };
})();
