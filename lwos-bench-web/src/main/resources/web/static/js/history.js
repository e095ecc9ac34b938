/* History: one statistic per run over runs (the history/v1 document), its 95 % intervals, change points and
   acknowledged changes (lwos-bench ack). */
(function () {
  'use strict';
  const { el, fmt, fmtInt, fmtTime, fmtP } = LW;
  const C = LW.charts;

  const FIELDS = ['metric', 'stat', 'rig', 'workload', 'branch', 'name', 'tag', 'since', 'last', 'window',
    'max_pvalue', 'min_magnitude'];
  const DEFAULTS = { metric: 'avg_total_us', stat: 'mean', last: '200', window: '50', max_pvalue: '0.001', min_magnitude: '0' };
  const VERDICT_COLORS = { regressed: '#dc2626', improved: '#16a34a' };
  const ACK_COLOR = '#2563eb';

  const params = new URLSearchParams(location.search);
  const form = LW.$('#history-form');

  function fillForm() {
    FIELDS.forEach((key) => {
      if (params.has(key)) form.elements[key].value = params.get(key);
      else if (DEFAULTS[key]) form.elements[key].value = DEFAULTS[key];
    });
    form.elements.all_rigs.checked = ['true', '1', 'on', 'yes'].includes((params.get('all_rigs') || '').toLowerCase());
  }

  /** The form as API parameters, leaving out empty fields and defaults (so the URL stays short). */
  function formQuery() {
    const q = new URLSearchParams();
    FIELDS.forEach((key) => {
      const v = String(form.elements[key].value || '').trim();
      if (v && !(key !== 'metric' && DEFAULTS[key] === v)) q.set(key, v);
    });
    if (form.elements.all_rigs.checked) q.set('all_rigs', 'true');
    return q;
  }

  async function loadChoices() {
    const [metrics, stats] = await Promise.all([LW.loadMetrics(), LW.api('/api/statistics')]);
    const metricSelect = LW.clear(form.elements.metric);
    metrics.forEach((m) => metricSelect.appendChild(el('option', { value: m.metric, text: m.metric + ' (' + m.unit + ')' })));
    const statSelect = LW.clear(form.elements.stat);
    stats.filter((s) => s.stat !== 'median').forEach((s) =>
      statSelect.appendChild(el('option', { value: s.stat, text: s.label + (s.interval ? '' : ' (no interval)') })));
    // Suggestions for the context filters, from the runs the store holds.
    try {
      const runs = await LW.api('/api/runs?limit=1000');
      const distinct = (f) => [...new Set(runs.map(f).filter((v) => v))].sort();
      const ctx = (r) => r.context || {};
      const fill = (id, values) => LW.clear(LW.$(id)).append(...values.map((v) => el('option', { value: v })));
      fill('#rigs', distinct((r) => ctx(r).rig));
      fill('#workloads', distinct((r) => (ctx(r).workload || {}).effect_name));
      fill('#branches', distinct((r) => (ctx(r).vcs || {}).branch));
    } catch (err) {
      // Suggestions are a convenience; the filters work without them.
    }
  }

  /** The mean of each stretch between change points, per run. */
  function levels(values, changes) {
    const cuts = [0, ...changes.map((c) => c.index), values.length];
    const out = new Array(values.length).fill(null);
    for (let s = 0; s + 1 < cuts.length; s++) {
      const from = cuts[s];
      const to = cuts[s + 1];
      if (to <= from) continue;
      let sum = 0;
      for (let i = from; i < to; i++) sum += values[i];
      for (let i = from; i < to; i++) out[i] = sum / (to - from);
    }
    return out;
  }

  function directionText(d) {
    return d === 'lower_is_better' ? 'lower is better' : d === 'higher_is_better' ? 'higher is better' : d;
  }

  function renderSummary(doc) {
    const f = doc.filters;
    const parts = [doc.metric + ' ' + doc.stat + ' per run (' + doc.unit + ', ' + directionText(doc.direction) + ')',
      'rig ' + (f.rig || (f.all_rigs ? 'any' : '(none)')),
      'workload ' + (f.workload || (f.all_rigs ? 'any' : '(none)'))];
    if (f.branch) parts.push('branch ' + f.branch);
    parts.push(fmtInt(doc.points.length) + (doc.points.length === 1 ? ' run' : ' runs'));
    LW.$('#history-summary').textContent = parts.join(' · ');
    if (!form.elements.rig.value) form.elements.rig.placeholder = f.rig ? 'newest: ' + f.rig : "newest run's";
    if (!form.elements.workload.value) form.elements.workload.placeholder = f.workload ? 'newest: ' + f.workload : "newest run's";
  }

  function renderChart(doc) {
    const values = doc.points.map((p) => p.value);
    const d = LW.digitsFor(doc.unit);
    C.trendChart(LW.$('#chart-history'), {
      title: doc.metric + ' · ' + doc.stat + ' per run',
      yLabel: doc.metric + ' ' + doc.stat + ' (' + doc.unit + ')',
      unit: doc.unit,
      valueLabel: doc.stat,
      values,
      lo: doc.points.map((p) => (p.ci95 ? p.ci95[0] : null)),
      hi: doc.points.map((p) => (p.ci95 ? p.ci95[1] : null)),
      level: levels(values, doc.change_points),
      xLabels: doc.points.map((p, i) => '#' + i + ' ' + p.run.name + (p.commit ? ' @ ' + p.commit : '')),
      markers: doc.change_points.map((c) => ({
        x: c.index,
        label: c.verdict + ' ' + LW.fmtPct(c.relative_change, 1) + ' at #' + c.index + (c.acknowledged ? ' (acknowledged)' : ''),
        color: VERDICT_COLORS[c.verdict] || '#6b7280',
      })).concat((doc.acknowledged || []).filter((a) => !doc.change_points.some((c) => c.index === a.index)).map((a) => ({
        x: a.index,
        label: 'acknowledged at #' + a.index + ': ' + a.reason,
        color: ACK_COLOR,
      }))),
      onPick: (i) => location.assign(LW.runHref(doc.points[i].run.id)),
      yDigits: d,
    });
  }

  function runLink(run) {
    return el('a', { href: LW.runHref(run.id), title: run.id, text: run.name });
  }

  function renderChanges(doc) {
    const body = LW.clear(LW.$('#changes-table').tBodies[0]);
    const u = doc.unit;
    LW.$('#changes-note').textContent = 'window ' + doc.filters.window + ' · p < ' + doc.filters.max_pvalue +
      (doc.filters.min_magnitude ? ' · |change| ≥ ' + LW.fmtPct(doc.filters.min_magnitude, 1).replace('+', '') : '');
    if (!doc.change_points.length) {
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 11,
        text: doc.points.length < 2 ? 'Too few runs to look for change points.' : 'No change point: the series holds one level.' })));
      return;
    }
    doc.change_points.forEach((c) => {
      const p = doc.points[c.index] || {};
      body.appendChild(el('tr', { class: c.verdict, dataset: { index: c.index, runId: c.run.id, verdict: c.verdict } },
        el('td', { class: 'num', text: '#' + c.index }),
        el('td', { class: 'name' }, runLink(c.run)),
        el('td', { text: fmtTime(c.run.started_at) }),
        el('td', { class: 'mono', text: c.commit || '—' }),
        el('td', { text: p.firmware || '—' }),
        el('td', { class: 'num', text: LW.fmtMetric(c.before, u) + ' ' + u }),
        el('td', { class: 'num', text: LW.fmtMetric(c.after, u) + ' ' + u }),
        el('td', { class: 'num delta ' + (c.verdict === 'regressed' ? 'bad' : 'good'), text: LW.fmtPct(c.relative_change, 2) }),
        el('td', { class: 'num', text: fmtP(c.p) }),
        el('td', {}, el('span', { class: 'verdict ' + c.verdict, text: c.verdict })),
        el('td', { class: c.acknowledged ? 'acknowledged' : 'muted', text: c.acknowledged ? c.acknowledged.reason : '—' })));
    });
  }

  function renderAcknowledged(doc) {
    const acks = doc.acknowledged || [];
    const body = LW.clear(LW.$('#acknowledged-table').tBodies[0]);
    if (!acks.length) {
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 5,
        text: 'No acknowledged change in these runs (lwos-bench ack METRIC RUN --reason TEXT marks an expected one).' })));
      return;
    }
    acks.forEach((a) => {
      body.appendChild(el('tr', { dataset: { index: a.index, runId: a.run.id } },
        el('td', { class: 'num', text: '#' + a.index }),
        el('td', { class: 'name' }, runLink(a.run)),
        el('td', { text: fmtTime(a.run.started_at) }),
        el('td', { class: 'acknowledged', text: a.reason }),
        el('td', { text: fmtTime(a.acknowledged_at) })));
    });
  }

  function renderPoints(doc) {
    const body = LW.clear(LW.$('#points-table').tBodies[0]);
    const u = doc.unit;
    LW.$('#value-head').textContent = doc.stat + ' (' + u + ')';
    const changeAt = {};
    doc.change_points.forEach((c) => (changeAt[c.index] = c));
    const ackAt = {};
    (doc.acknowledged || []).forEach((a) => (ackAt[a.index] = a));
    if (!doc.points.length) {
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 10,
        text: 'No finished run matches these filters (runs still RUNNING and FAILED runs are left out).' })));
      return;
    }
    doc.points.forEach((p, i) => {
      const c = changeAt[i];
      const a = ackAt[i];
      const title = [c ? c.verdict + ' from here' : null, a ? 'acknowledged: ' + a.reason : null].filter((t) => t).join('; ');
      body.appendChild(el('tr', { class: c ? 'change ' + c.verdict : '', dataset: { index: i, runId: p.run.id } },
        el('td', { class: 'num', text: String(i) }),
        el('td', { class: 'mark', title: title || null, text: (c ? '▲' : '') + (a ? '✓' : '') }),
        el('td', { class: 'name' }, runLink(p.run)),
        el('td', { text: fmtTime(p.run.started_at) }),
        el('td', { class: 'mono', text: p.commit || '—' }),
        el('td', { text: p.firmware || '—' }),
        el('td', { class: 'num', text: LW.fmtMetric(p.value, u) }),
        el('td', { class: 'num', text: p.ci95 ? '[' + LW.fmtMetric(p.ci95[0], u) + ', ' + LW.fmtMetric(p.ci95[1], u) + ']' : '—' }),
        el('td', { class: 'num', text: fmt(p.n_eff, 0) }),
        el('td', { class: p.quality && p.quality.length ? 'warn-text' : 'muted', text: LW.qualityText(p.quality) })));
    });
  }

  async function load(q) {
    const errorBox = LW.clear(LW.$('#history-error'));
    try {
      const doc = await LW.api('/api/history?' + q);
      LW.$('#history-result').hidden = false;
      renderSummary(doc);
      renderChart(doc);
      renderChanges(doc);
      renderAcknowledged(doc);
      renderPoints(doc);
      document.body.dataset.ready = 'true';
    } catch (err) {
      LW.$('#history-result').hidden = true;
      LW.showError(errorBox, err);
      document.body.dataset.ready = 'error';
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = formQuery();
    history.replaceState(null, '', q.toString() ? '?' + q : location.pathname);
    document.body.dataset.ready = '';
    load(q);
  });

  (async function main() {
    try {
      await loadChoices();
      fillForm();
      // The first load takes the URL as it is, so that a bad parameter in a link is reported, not dropped.
      const first = new URLSearchParams(params);
      if (!first.has('metric')) first.set('metric', form.elements.metric.value || DEFAULTS.metric);
      await load(first);
    } catch (err) {
      LW.showError(LW.$('#history-error'), err);
      document.body.dataset.ready = 'error';
    }
  })();
})();
