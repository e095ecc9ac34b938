/* Live view: history from the series API, then new samples pushed by server-sent events. */
(function () {
  'use strict';
  const { el, fmt, fmtInt } = LW;
  const C = LW.charts;

  const TIMING = ['avg_total_us', 'avg_goertzel_us', 'peak_total_us'];
  const CPU = ['cpu_load_percent'];
  const MAX_POINTS = 50000;
  const UNITS = { avg_total_us: 'µs', avg_goertzel_us: 'µs', peak_total_us: 'µs', cpu_load_percent: '%' };

  const buffers = {};
  [...TIMING, ...CPU].forEach((m) => (buffers[m] = { x: [], y: [] }));
  let startMicros = 0;
  let charts = { timing: null, cpu: null };
  let dirty = false;
  const rateWindow = [];

  function setConn(text, on) {
    const c = LW.$('#live-conn');
    c.textContent = text;
    c.className = 'conn ' + (on ? 'on' : 'off');
  }

  function windowed(buf) {
    const seconds = Number(LW.$('#live-window').value);
    if (!seconds || !buf.x.length) return buf;
    const from = buf.x[buf.x.length - 1] - seconds;
    let i = 0;
    while (i < buf.x.length && buf.x[i] < from) i++;
    return { x: buf.x.slice(i), y: buf.y.slice(i) };
  }

  function seriesOf(ids) {
    return ids.map((m, i) => Object.assign({ label: m, unit: UNITS[m], color: C.PALETTE[i] }, windowed(buffers[m])));
  }

  function draw() {
    dirty = false;
    const timing = seriesOf(TIMING);
    const cpu = seriesOf(CPU);
    if (!charts.timing && timing.some((s) => s.x.length)) {
      charts.timing = C.lineChart(LW.$('#chart-live-timing'), { title: 'Hop times', yLabel: 'time (µs)', series: timing, syncKey: 'live' });
      charts.cpu = C.lineChart(LW.$('#chart-live-cpu'), { title: 'CPU load', yLabel: 'load (%)', yDigits: 2, series: cpu, height: 200, syncKey: 'live' });
    } else if (charts.timing) {
      C.setLineData(charts.timing, timing, true);
      if (charts.cpu) C.setLineData(charts.cpu, cpu, true);
    }
    LW.$('#live-points').textContent = fmtInt(buffers.avg_total_us.x.length);
  }

  function scheduleDraw() {
    if (dirty) return;
    dirty = true;
    setTimeout(() => requestAnimationFrame(draw), 150);
  }

  function append(batch) {
    const xs = batch.received_at_us.map((v) => (v - startMicros) / 1e6);
    Object.keys(buffers).forEach((m) => {
      const ys = batch.values[m];
      const buf = buffers[m];
      for (let i = 0; i < xs.length; i++) {
        if (ys[i] == null) continue;
        buf.x.push(xs[i]);
        buf.y.push(ys[i]);
      }
      if (buf.x.length > MAX_POINTS) {
        buf.x.splice(0, buf.x.length - MAX_POINTS);
        buf.y.splice(0, buf.y.length - MAX_POINTS);
      }
    });
    const last = xs.length - 1;
    if (last >= 0) {
      LW.$('#live-total').textContent = fmt(batch.values.avg_total_us[last], 1);
      LW.$('#live-peak').textContent = fmt(batch.values.peak_total_us[last], 0);
      LW.$('#live-cpu').textContent = fmt(batch.values.cpu_load_percent[last], 2);
    }
    updateCount(batch.sample_count);
    showCounters(batch.counters);
    scheduleDraw();
  }

  /** The counters as the CLI's progress line shows them: gaps (~frames lost), reconnects, reboots, foreign, malformed. */
  function showCounters(c) {
    if (!c) return;
    const malformed = Object.values(c.frames_malformed || {}).reduce((a, b) => a + b, 0);
    LW.$('#live-gaps').textContent = fmtInt(c.gaps);
    LW.$('#live-lost').textContent = c.frames_lost_estimate ? '(~' + fmtInt(c.frames_lost_estimate) + ' frames lost)' : '';
    LW.$('#live-reconnects').textContent = fmtInt(c.reconnects);
    LW.$('#live-reboots').textContent = fmtInt(c.reboots);
    LW.$('#live-foreign').textContent = fmtInt(c.frames_foreign);
    LW.$('#live-malformed').textContent = fmtInt(malformed);
    LW.$('#live-counters').classList.toggle('warn', c.gaps > 0 || c.reconnects > 0 || c.reboots > 0 || malformed > 0);
  }

  function updateCount(count) {
    LW.$('#live-samples').textContent = fmtInt(count);
    const now = performance.now();
    rateWindow.push([now, count]);
    while (rateWindow.length > 2 && now - rateWindow[0][0] > 5000) rateWindow.shift();
    if (rateWindow.length >= 2) {
      const [t0, c0] = rateWindow[0];
      const dt = (now - t0) / 1000;
      if (dt > 0.5) LW.$('#live-rate').textContent = fmt((count - c0) / dt, 1);
    }
  }

  function ended(info, run) {
    LW.clear(LW.$('#live-status')).appendChild(LW.badge(info.status || 'FAILED'));
    setConn(info.error ? info.error : 'run ended (' + info.status + '); no more updates', false);
    const box = LW.$('#live-error');
    LW.clear(box).appendChild(el('div', { class: info.error ? 'notice error' : 'notice ok' },
      info.error ? info.error : 'This run is ' + info.status + ' with ' + fmtInt(info.sample_count) + ' samples. ',
      el('a', { href: LW.runHref(run.id), text: 'Open the full run view' })));
    if (info.sample_count != null) LW.$('#live-samples').textContent = fmtInt(info.sample_count);
    document.body.dataset.live = 'ended';
  }

  async function main() {
    const ref = LW.refFromPath();
    try {
      const run = await LW.api('/api/runs/' + encodeURIComponent(ref));
      const id = encodeURIComponent(run.id);
      document.title = 'Live: ' + run.name + ' · lwos-bench';
      LW.$('#live-name').textContent = run.name;
      LW.clear(LW.$('#live-status')).appendChild(LW.badge(run.status));
      LW.clear(LW.$('#live-actions')).append(el('a', { class: 'btn', href: LW.runHref(run.id), text: 'Run view' }));
      startMicros = Date.parse(run.started_at) * 1000;
      showCounters(run.counters);
      const history = await LW.api('/api/runs/' + id + '/series?max_points=2000&metrics=' + [...TIMING, ...CPU].join(','));
      history.series.forEach((s) => {
        buffers[s.metric].x = s.x.map((v) => (v - startMicros) / 1e6);
        buffers[s.metric].y = s.y.slice();
      });
      updateCount(history.run.sample_count);
      draw();
      LW.$('#live-window').addEventListener('change', draw);

      const source = new EventSource('/api/runs/' + id + '/live?after=' + history.last_seq);
      source.addEventListener('hello', (ev) => {
        showCounters(JSON.parse(ev.data).counters);
        setConn('connected · updates pushed as samples arrive', true);
        document.body.dataset.live = 'connected';
      });
      source.addEventListener('samples', (ev) => append(JSON.parse(ev.data)));
      source.addEventListener('counters', (ev) => showCounters(JSON.parse(ev.data).counters));
      source.addEventListener('end', (ev) => {
        source.close();
        ended(JSON.parse(ev.data), run);
      });
      source.onerror = () => {
        if (source.readyState !== EventSource.CLOSED) setConn('connection lost; reconnecting…', false);
      };
      document.body.dataset.ready = 'true';
    } catch (err) {
      LW.showError(LW.$('#live-error'), err);
      if (err.status === 404 || err.status === 400) LW.onlyError(LW.$('#live-page'), LW.$('#live-error'));
      setConn('not connected', false);
      document.body.dataset.ready = 'error';
    }
  }

  main();
})();
