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

  C.alpha = (hex, a) => alpha(hex, a);

  function alpha(hex, a) {
    const n = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
  }

  function dashedLine(ctx, x, top, height, color, px) {
    ctx.strokeStyle = color || '#6b7280';
    ctx.lineWidth = Math.max(1, px);
    ctx.setLineDash([4 * px, 3 * px]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  function labelAt(ctx, text, box, color, px) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(box.left - px, box.top, box.width + 2 * px, box.height);
    ctx.fillStyle = color || '#6b7280';
    ctx.fillText(text, box.left, box.top);
  }

  const overlaps = (a, b, pad) => a.left < b.left + b.width + pad && b.left < a.left + a.width + pad &&
    a.top < b.top + b.height && b.top < a.top + a.height;

  /**
   * Percentile-style markers: each label goes right of its line, else left of it, else one row
   * lower, so that no label covers another label or another marker's line (A p50 beside B p50).
   * The boxes drawn are kept in u.lwLabels (canvas pixels).
   */
  function drawLabelled(u, markers, px) {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const xs = markers.map((m) => Math.round(u.valToPos(m.x, 'x', true)));
    const placed = [];
    markers.forEach((m, i) => {
      const x = xs[i];
      if (x < left || x > left + width) return;
      dashedLine(ctx, x, top, height, m.color, px);
    });
    markers.forEach((m, i) => {
      const x = xs[i];
      if (!m.label || x < left || x > left + width) return;
      const tw = ctx.measureText(m.label).width;
      const h = 12 * px;
      const others = xs.filter((_, j) => j !== i);
      for (let row = 0; row < 4; row++) {
        const y = top + (2 + row * 13) * px;
        const candidates = [x + 3 * px, x - 3 * px - tw].map((tx) => ({ left: tx, top: y, width: tw, height: h }));
        const fit = candidates.find((b) => b.left >= left && b.left + b.width <= left + width &&
          !placed.some((p) => overlaps(p, b, 3 * px)) &&
          !others.some((ox) => ox >= b.left - 2 * px && ox <= b.left + b.width + 2 * px));
        if (fit) {
          labelAt(ctx, m.label, fit, m.color, px);
          placed.push(Object.assign({ text: m.label }, fit));
          return;
        }
      }
    });
    u.lwLabels = placed;
  }

  const CLUSTER_PX = 24;

  /** 'gap', or for several events 'gap ×12, reboot': the label of a cluster. */
  function clusterLabel(members) {
    if (members.length === 1) return members[0].label;
    const counts = new Map();
    members.forEach((m) => counts.set(m.label, (counts.get(m.label) || 0) + 1));
    return [...counts].map(([label, n]) => (n > 1 ? label + ' ×' + n : label)).join(', ');
  }

  /**
   * Event markers: every event keeps its line, but events whose labels would overlap share one
   * label ('gap ×12, reboot') on one row; hovering over a cluster lists its events. The clusters
   * drawn are kept in u.lwClusters (x in CSS pixels of the plot area).
   */
  function drawClustered(u, markers, px) {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const visible = markers
      .map((m) => Object.assign({ px: Math.round(u.valToPos(m.x, 'x', true)) }, m))
      .filter((m) => m.px >= left && m.px <= left + width)
      .sort((a, b) => a.px - b.px);
    visible.forEach((m) => dashedLine(ctx, m.px, top, height, m.color, px));
    const clusters = [];
    visible.forEach((m) => {
      const last = clusters[clusters.length - 1];
      // An event joins the cluster of the one before it when their lines are closer than a short label.
      if (last && m.px - last.x1 <= CLUSTER_PX * px) {
        last.members.push(m);
        last.x1 = m.px;
      } else {
        clusters.push({ x0: m.px, x1: m.px, members: [m] });
      }
    });
    let end = -Infinity;
    clusters.forEach((c) => {
      c.label = clusterLabel(c.members);
      const tw = ctx.measureText(c.label).width;
      const tx = Math.max(end + 4 * px, Math.min(c.x0 + 3 * px, left + width - tw - 2 * px));
      const same = c.members.every((m) => m.color === c.members[0].color);
      labelAt(ctx, c.label, { left: tx, top: top + 2 * px, width: tw, height: 12 * px }, same ? c.members[0].color : '#374151', px);
      end = tx + tw;
    });
    u.lwClusters = clusters.map((c) => ({
      from: (c.x0 - left) / px, to: (c.x1 - left) / px, label: c.label,
      events: c.members.map((m) => ({ x: m.x, label: m.label, detail: m.detail })),
    }));
  }

  function showClusterTip(u) {
    const tip = u.lwTip || (u.lwTip = LW.el('div', { class: 'marker-tip', hidden: true }));
    if (!tip.parentNode) u.over.appendChild(tip);
    const x = u.cursor.left;
    const c = x == null || x < 0 ? null : (u.lwClusters || []).find((k) => x >= k.from - 6 && x <= k.to + 6);
    if (!c) {
      tip.hidden = true;
      return;
    }
    // Runs of the same event (a burst of gaps) are one line with their count and time span.
    const lines = [];
    c.events.forEach((e) => {
      const last = lines[lines.length - 1];
      if (last && last.label === e.label && last.detail === e.detail) {
        last.n++;
        last.to = e.x;
      } else {
        lines.push({ label: e.label, detail: e.detail, from: e.x, to: e.x, n: 1 });
      }
    });
    const shown = lines.slice(0, 12);
    LW.clear(tip).append(
      LW.el('div', { class: 'marker-tip-head', text: c.events.length === 1 ? c.label : c.events.length + ' events: ' + c.label }),
      ...shown.map((l) => LW.el('div', {},
        LW.el('span', { class: 'mono', text: LW.fmtElapsed(l.from) + (l.n > 1 ? '–' + LW.fmtElapsed(l.to) : '') }), ' ',
        LW.el('b', { text: l.label + (l.n > 1 ? ' ×' + l.n : '') }), l.detail ? ' ' + l.detail : '')),
      lines.length > shown.length ? LW.el('div', { class: 'muted', text: '… and ' + (lines.length - shown.length) + ' more' }) : '');
    tip.hidden = false;
    tip.style.left = Math.min(Math.max(0, c.from), Math.max(0, u.over.clientWidth - 280)) + 'px';
  }

  /** Vertical dashed lines with short labels at the top: events on a time axis (clustered), percentiles on a value axis. */
  function markersPlugin(getMarkers, clustered) {
    return {
      hooks: {
        draw: [
          (u) => {
            const markers = getMarkers() || [];
            if (!markers.length) return;
            const px = window.devicePixelRatio || 1;
            u.ctx.save();
            u.ctx.font = Math.round(10.5 * px) + 'px system-ui, sans-serif';
            u.ctx.textBaseline = 'top';
            if (clustered) drawClustered(u, markers, px);
            else drawLabelled(u, markers, px);
            u.ctx.restore();
          },
        ],
        setCursor: clustered ? [showClusterTip] : [],
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
          width: s.width || 1.5,
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
      plugins: [markersPlugin(() => markers, spec.clusterMarkers)],
    };
    const chart = new uPlot(opts, data, container);
    chart.lwSpec = spec;
    container.lwChart = chart;
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
    container.lwChart = chart;
    autoResize(chart, container);
    return chart;
  };

  /**
   * Bars over named categories (the device's eight hop-time bins). spec.log draws counts on a
   * log scale, so that bins holding a handful of hops (the tail) stay visible beside one holding
   * thousands; an empty bin then has no bar.
   */
  C.categoryBars = function (container, spec) {
    LW.clear(container);
    const xs = spec.labels.map((_, i) => i);
    const color = spec.color || C.PALETTE[3];
    const counts = spec.log ? spec.counts.map((c) => (c > 0 ? c : null)) : spec.counts.slice();
    const yScale = spec.log
      ? { distr: 3, log: 10, range: (u, min, max) => [0.5, Math.max(10, (max || 1) * 3)] }
      : { range: (u, min, max) => [0, Math.max(1, max) * 1.08] };
    const opts = {
      title: spec.title,
      width: widthOf(container),
      height: spec.height || 240,
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.6, spec.labels.length - 0.4] }, y: yScale },
      series: [
        { label: spec.xLabel, value: (u, v) => (v == null ? '—' : (spec.legendLabels || spec.labels)[v]) },
        {
          label: spec.seriesLabel || 'count',
          stroke: color,
          fill: alpha(color, 0.55),
          width: 1,
          points: { show: false },
          paths: uPlot.paths.bars({ size: [0.7, Infinity] }),
          fillTo: spec.log ? (u) => u.scales.y.min : 0,
          value: (u, v) => (v == null ? (spec.log ? '0' : '—') : LW.fmtInt(v)),
        },
      ],
      axes: [
        Object.assign({}, AXIS, {
          label: spec.xLabel, labelSize: 22, splits: () => xs,
          values: (u, splits) => splits.map((i) => spec.labels[i] || ''),
        }),
        Object.assign({}, AXIS, {
          label: spec.yLabel + (spec.log ? ' (log scale)' : ''), labelSize: 22, size: 62,
          values: (u, splits) => splits.map((v) => (spec.log && !(v >= 1 && Number.isInteger(Math.log10(v))) ? '' : LW.fmtInt(v))),
        }),
      ],
    };
    const chart = new uPlot(opts, [xs, counts], container);
    container.lwChart = chart;
    autoResize(chart, container);
    return chart;
  };

  /**
   * A trend over runs: x is the run's position (0 = oldest). spec: {title, yLabel, unit, values,
   * lo, hi (the 95 % interval, null where none), level (the mean between change points), xLabels
   * (legend text per position), markers: [{x, label, color}], onPick(index), format (value → text,
   * for the legend and the y axis; default: the unit's decimals)}.
   */
  C.trendChart = function (container, spec) {
    LW.clear(container);
    if (!spec.values.length) {
      container.appendChild(LW.el('div', { class: 'chart-empty', text: spec.emptyText || 'No runs.' }));
      return null;
    }
    const unit = spec.unit || '';
    const xs = spec.values.map((_, i) => i);
    const fmtNum = spec.format || ((v) => LW.fmtMetric(v, unit));
    const fmtV = (u, v) => (v == null ? '—' : fmtNum(v) + (unit ? ' ' + unit : ''));
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
          values: (u, splits) => splits.map((v) => (spec.format ? spec.format(v)
            : LW.fmt(v, spec.yDigits == null ? LW.digitsFor(unit) : spec.yDigits))),
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
