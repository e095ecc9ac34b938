/* Run view: facts, summary table, synced time-series charts with event markers, distributions. */
(function () {
  'use strict';
  const { el, fmt, fmtInt, fmtTime, fmtDuration } = LW;
  const C = LW.charts;

  const TIMING = ['avg_total_us', 'avg_goertzel_us', 'avg_dc_agc_us', 'avg_chroma_us'];
  const PEAKS = ['peak_total_us', 'peak_goertzel_us'];
  const CPU = ['cpu_load_percent'];

  function fact(label, value) {
    return el('div', {}, el('dt', { text: label }), el('dd', {}, value));
  }

  function renderHeader(run) {
    document.title = run.name + ' · lwos-bench';
    LW.$('#run-name').textContent = run.name;
    LW.clear(LW.$('#run-status')).appendChild(LW.badge(run.status));
    LW.$('#run-id').textContent = run.id;
    LW.clear(LW.$('#run-tags')).append(...LW.tagList(run.tags, (t) => '/?tag=' + encodeURIComponent(t)));
    const base = '/api/runs/' + encodeURIComponent(run.id) + '/export?format=';
    LW.clear(LW.$('#run-actions')).append(
      run.status === 'RUNNING' ? el('a', { class: 'btn primary', href: LW.runHref(run.id) + '/live', text: 'Live view' }) : '',
      el('a', { class: 'btn', href: '/compare?a=' + encodeURIComponent(run.id), text: 'Compare as baseline' }),
      // A run of measures only has no samples for a CSV; its JSON export carries the measures.
      run.sample_count === 0 && (run.measures || []).length ? '' : el('a', { class: 'btn', href: base + 'csv', download: '', text: 'Export CSV' }),
      el('a', { class: 'btn', href: base + 'json', download: '', text: 'Export JSON' }));
    const start = Date.parse(run.started_at);
    const end = run.ended_at ? Date.parse(run.ended_at) : Date.now();
    const c = run.counters || {};
    const malformed = c.frames_malformed || {};
    LW.clear(LW.$('#run-facts')).append(
      fact('started', fmtTime(run.started_at)),
      fact('ended', run.ended_at ? fmtTime(run.ended_at) : 'still running'),
      fact('duration', fmtDuration((end - start) / 1000)),
      fact('samples', fmtInt(run.sample_count) + (run.sample_count === 0 && (run.measures || []).length ? ' (measures only)' : '')),
      fact('source', run.source || '—'),
      fact('gaps', fmtInt(c.gaps) + (c.frames_lost_estimate ? ' (~' + fmtInt(c.frames_lost_estimate) + ' lost)' : '')),
      fact('reconnects', fmtInt(c.reconnects)),
      fact('reboots', fmtInt(c.reboots)),
      fact('foreign frames', fmtInt(c.frames_foreign)),
      fact('malformed', Object.entries(malformed).map(([k, v]) => k + ' ' + v).join(', ') || '0'));
    const ctx = run.context || {};
    const device = ctx.device || {};
    const vcs = ctx.vcs || {};
    LW.$('#run-facts').append(
      fact('rig', ctx.rig || '—'),
      fact('firmware', device.firmware || '—'),
      fact('effect', LW.effectLabel(ctx.workload)),
      fact('branch', vcs.branch || '—'),
      fact('commit', vcs.commit || '—'),
      el('div', { id: 'run-quality', class: run.quality && run.quality.length ? 'warn' : '' },
        el('dt', { text: 'quality' }), el('dd', { text: LW.qualityText(run.quality) })));
    if ((run.measures || []).length) LW.$('#run-facts').append(fact('measures', fmtInt(run.measures.length)));
    if (run.description) LW.$('#run-facts').append(fact('description', run.description));
  }

  function renderStats(stats) {
    const table = LW.$('#stats-table');
    const head = el('tr', {}, el('th', { text: 'metric' }), el('th', { text: 'unit' }),
      LW.STAT_COLUMNS.map(([, label]) => el('th', { class: 'num', text: label })));
    LW.clear(table.tHead).appendChild(head);
    const body = LW.clear(table.tBodies[0]);
    const ids = Object.keys(stats);
    if (!ids.length) {
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 2 + LW.STAT_COLUMNS.length, text: 'No samples yet.' })));
    }
    ids.forEach((id) => {
      const m = LW.metricsById[id] || { unit: '', label: id };
      const s = stats[id];
      body.appendChild(el('tr', { dataset: { metric: id } },
        el('td', { title: m.label }, el('span', { class: 'mono', text: id })),
        el('td', { class: 'muted', text: m.unit }),
        LW.STAT_COLUMNS.map(([key, , digits, inUnit]) =>
          el('td', { class: 'num', text: inUnit ? LW.fmtMetric(s[key], m.unit) : fmt(s[key], digits) }))));
    });
  }

  const BETTER = { lower_is_better: 'lower', higher_is_better: 'higher' };

  /** The run's measures: one row each; a single value shows as itself, repeats with their spread. */
  function renderMeasures(measures) {
    const card = LW.$('#measures-card');
    card.hidden = !measures.length;
    const body = LW.clear(LW.$('#measures-table').tBodies[0]);
    measures.forEach((m) => {
      const s = m.summary || {};
      const single = m.values.length === 1;
      const spread = (v) => el('td', { class: 'num', text: single ? '—' : LW.fmtMeasure(v) });
      body.appendChild(el('tr', { dataset: { measure: m.suite + ':' + m.name } },
        el('td', { title: m.suite + ':' + m.name }, el('span', { class: 'mono', text: m.name })),
        el('td', { class: 'muted', text: m.suite }),
        el('td', { class: 'muted', text: m.unit || '—' }),
        el('td', { class: m.direction ? '' : 'muted', text: BETTER[m.direction] || 'not gated' }),
        el('td', { class: 'num', text: fmtInt(m.values.length) }),
        el('td', { class: 'num', text: LW.fmtMeasure(single ? m.values[0] : s.mean) }),
        spread(s.median), spread(s.std), spread(s.min), spread(s.max)));
    });
  }

  function toElapsed(series, startMicros) {
    return series.map((s) => ({
      label: s.metric,
      unit: s.unit,
      metric: s.metric,
      x: s.x.map((v) => (v - startMicros) / 1e6),
      y: s.y,
    }));
  }

  function renderSeries(doc, run, events) {
    const startMicros = Date.parse(run.started_at) * 1000;
    const all = toElapsed(doc.series, startMicros);
    const pick = (ids) => all.filter((s) => ids.includes(s.metric) && s.x.length);
    const markers = C.eventMarkers(events.events, startMicros);
    const common = { syncKey: 'run', markers, clusterMarkers: true };
    const charts = [
      C.lineChart(LW.$('#chart-timing'), Object.assign({ title: 'Average stage times (device EMA)', yLabel: 'time (µs)', series: pick(TIMING) }, common)),
      C.lineChart(LW.$('#chart-peaks'), Object.assign({ title: 'Peak hop times since last reset', yLabel: 'time (µs)', series: pick(PEAKS), height: 200 }, common)),
      C.lineChart(LW.$('#chart-cpu'), Object.assign({ title: 'CPU load (hop time / 20 ms budget)', yLabel: 'load (%)', yDigits: 2, series: pick(CPU), height: 200 }, common)),
    ];
    C.syncZoom(charts);
    const total = doc.series.find((s) => s.metric === 'avg_total_us');
    LW.$('#series-note').textContent = (total
      ? 'Showing ' + fmtInt(total.points) + ' of ' + fmtInt(total.points_in) + ' samples per series (largest-triangle-three-buckets downsampling on the server).'
      : '') + (events.total > events.events.length ? ' Markers show the first ' + fmtInt(events.events.length) + ' of ' + fmtInt(events.total) + ' events.' : '');
  }

  async function renderHistogram(run, metric) {
    const box = LW.$('#chart-hist');
    try {
      const h = await LW.api('/api/runs/' + encodeURIComponent(run.id) + '/histogram?bins=40&metric=' + encodeURIComponent(metric));
      C.histogramChart(box, {
        title: h.label + ' (' + h.metric + ')',
        xLabel: h.metric + ' (' + h.unit + ')',
        yLabel: 'samples',
        unit: h.unit,
        edges: h.edges,
        series: [{ label: 'samples', counts: h.counts, color: C.PALETTE[0] }],
        markers: [['p50', h.p50, '#16a34a'], ['p95', h.p95, '#d97706'], ['p99', h.p99, '#dc2626']]
          .filter(([, v]) => v != null).map(([label, x, color]) => ({ label, x, color })),
      });
    } catch (err) {
      LW.showError(box, err);
    }
  }

  function renderDeviceHistogram(d) {
    const box = LW.$('#chart-device');
    const log = LW.$('#device-log');
    log.parentNode.hidden = !d.available;
    if (!d.available) {
      LW.clear(box).appendChild(el('div', { class: 'chart-empty',
        text: 'No extended frames in this run: the device sends its hop-time histogram only in extended (64-byte) frames.' }));
      LW.$('#device-note').textContent = '';
      return;
    }
    LW.$('#device-note').textContent = 'from seq ' + fmtInt(d.seq) + ' · ' + fmtInt(d.extended_frames) + ' extended frames';
    // Axis ticks name each bin by its exclusive upper edge; the legend shows the full range.
    const ticks = d.upper_edges_us.map((e) => '<' + e).concat(['≥' + d.upper_edges_us[d.upper_edges_us.length - 1]]);
    C.categoryBars(box, {
      title: 'Hops per hop-time bin (counted on the device since its last reset)',
      labels: ticks,
      legendLabels: d.labels,
      counts: d.counts,
      xLabel: 'hop time (µs)',
      yLabel: 'hops',
      seriesLabel: 'hops',
      log: log.checked,
    });
  }

  const EVENTS_PAGE = 100;

  function eventRow(e, start) {
    return el('tr', {},
      el('td', { text: fmtTime(e.at) }),
      el('td', { class: 'num', text: LW.fmtElapsed((Date.parse(e.at) - start) / 1000) }),
      el('td', { class: 'type ' + e.type, text: e.type }),
      el('td', { text: e.detail || '' }));
  }

  /** One page of events; the run document brings the first, the events API the others. */
  function renderEvents(run, page) {
    const body = LW.clear(LW.$('#events-table').tBodies[0]);
    const start = Date.parse(run.started_at);
    const pager = LW.clear(LW.$('#events-pager'));
    if (!page.events.length) {
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 4,
        text: page.total ? 'No events past ' + fmtInt(page.total) + '.' : 'No events recorded.' })));
    }
    page.events.forEach((e) => body.appendChild(eventRow(e, start)));
    if (page.total <= page.events.length && page.offset === 0) return;
    const go = (offset) => async () => {
      try {
        const next = await LW.api('/api/runs/' + encodeURIComponent(run.id) + '/events?offset=' + offset + '&limit=' + EVENTS_PAGE);
        renderEvents(run, next);
      } catch (err) {
        LW.showError(pager, err);
      }
    };
    const last = page.offset + page.events.length;
    pager.append(
      el('span', { class: 'muted', id: 'events-range',
        text: 'events ' + fmtInt(Math.min(page.offset + 1, page.total)) + '–' + fmtInt(last) + ' of ' + fmtInt(page.total) }),
      el('button', { type: 'button', class: 'small', id: 'events-prev', disabled: page.offset === 0,
        on: { click: go(Math.max(0, page.offset - EVENTS_PAGE)) }, text: '‹ Previous' }),
      el('button', { type: 'button', class: 'small', id: 'events-next', disabled: last >= page.total,
        on: { click: go(last) }, text: 'Next ›' }));
  }

  async function main() {
    const ref = LW.refFromPath();
    try {
      await LW.loadMetrics();
      const run = await LW.api('/api/runs/' + encodeURIComponent(ref));
      const id = encodeURIComponent(run.id);
      renderHeader(run);
      const total = run.events_total == null ? run.events.length : run.events_total;
      renderEvents(run, { total, offset: 0, events: run.events });
      const measures = run.measures || [];
      renderMeasures(measures);
      if (run.sample_count === 0 && measures.length) {
        // A run of imported results holds no frames: no statistics, series or distributions to draw.
        LW.$('#frame-sections').hidden = true;
        document.body.dataset.ready = 'true';
        return;
      }
      const [stats, series, device, markerEvents] = await Promise.all([
        LW.api('/api/runs/' + id + '/stats'),
        LW.api('/api/runs/' + id + '/series?max_points=2000'),
        LW.api('/api/runs/' + id + '/device-histogram'),
        // Markers for up to 1,000 events (they cluster); the table pages through all of them.
        total > run.events.length ? LW.api('/api/runs/' + id + '/events?limit=1000') : { total, events: run.events },
      ]);
      renderStats(stats.stats);
      renderSeries(series, run, markerEvents);
      renderDeviceHistogram(device);
      LW.$('#device-log').addEventListener('change', () => renderDeviceHistogram(device));
      const select = LW.$('#hist-metric');
      Object.keys(stats.stats).forEach((m) => select.appendChild(el('option', { value: m, text: m })));
      select.addEventListener('change', () => renderHistogram(run, select.value));
      await renderHistogram(run, select.value || 'avg_total_us');
      document.body.dataset.ready = 'true';
    } catch (err) {
      LW.showError(LW.$('#run-error'), err);
      if (err.status === 404 || err.status === 400) LW.onlyError(LW.$('#run-page'), LW.$('#run-error'));
      document.body.dataset.ready = 'error';
    }
  }

  main();
})();
