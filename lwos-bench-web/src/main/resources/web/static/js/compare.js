/* Compare view: pick A and B, show the compare/v2 headline, tables (frame metrics, measures) and notes, overlay one metric's
   series and distributions. */
(function () {
  'use strict';
  const { el, fmt, fmtInt, fmtP } = LW;
  const C = LW.charts;

  const params = new URLSearchParams(location.search);
  const form = LW.$('#compare-form');
  const runsById = {};
  let current = null;

  function option(run) {
    const label = run.name + ' · ' + run.status + ' · ' + LW.fmtTime(run.started_at) + ' · ' + run.id.slice(0, 8);
    return el('option', { value: run.id, text: label });
  }

  async function loadRuns() {
    const runs = await LW.api('/api/runs?limit=1000');
    runs.forEach((r) => (runsById[r.id] = r));
    ['#sel-a', '#sel-b'].forEach((sel) => {
      const select = LW.clear(LW.$(sel));
      select.appendChild(el('option', { value: '', text: 'choose a run…' }));
      runs.forEach((r) => select.appendChild(option(r)));
    });
  }

  /** Accepts any run reference in the URL (name, prefix) by resolving it to an id first. */
  async function resolveInto(select, ref) {
    if (!ref) return;
    const run = await LW.api('/api/runs/' + encodeURIComponent(ref));
    if (!runsById[run.id]) {
      runsById[run.id] = run;
      select.appendChild(option(run));
    }
    select.value = run.id;
  }

  function deltaClass(metric, diff) {
    if (metric.verdict === 'regressed') return 'delta bad';
    if (metric.verdict === 'improved') return 'delta good';
    return 'delta';
  }

  /** Percent decimals as the CLI prints them: one, two when every number is below 1 %. */
  function pctDigits(values) {
    return values.some((v) => v != null && Math.abs(v) >= 0.01) ? 1 : 2;
  }

  function pctNum(ratio, digits) {
    if (ratio == null || !Number.isFinite(ratio)) return '—';
    const v = ratio * 100;
    return (v >= 0 ? '+' : '') + v.toFixed(digits);
  }

  function meanSd(s, u) {
    if (s.mean == null) return '—';
    return LW.fmtMetric(s.mean, u) + (s.std == null ? '' : ' ± ' + LW.fmtMetric(s.std, u));
  }

  function renderTable(doc) {
    const table = LW.$('#compare-table');
    const headers = [
      ['metric'], ['A mean ± sd', 'num'], ['B mean ± sd', 'num'], ['change (%)', 'num'],
      ['95 % CI of the change (%)', 'num'], ['p (Holm)', 'num'], ['verdict'],
    ];
    LW.clear(table.tHead).appendChild(el('tr', {}, headers.map(([t, c]) => el('th', { class: c, text: t }))));
    const body = LW.clear(table.tBodies[0]);
    doc.metrics.forEach((m) => {
      const adj = m.adjusted || {};
      const ci = m.ci95_relative;
      const u = m.unit;
      const d = pctDigits([m.relative_change].concat(ci || []));
      const word = m.verdict + (m.derived_from ? ' (derived)' : '');
      let title = m.verdict;
      if (m.derived_from) title += ': derived from ' + m.derived_from + ', not counted';
      if (m.samples_needed) title += ': about ' + fmtInt(Math.max(m.samples_needed.a, m.samples_needed.b)) + ' effective samples per run would tell';
      body.appendChild(el('tr', { class: m.verdict, dataset: { metric: m.metric, verdict: m.verdict } },
        el('td', {}, el('span', { class: 'mono', text: m.metric }), el('span', { class: 'unit', text: u })),
        el('td', { class: 'num', text: meanSd(m.a, u) }),
        el('td', { class: 'num', text: meanSd(m.b, u) }),
        el('td', { class: 'num ' + deltaClass(m), text: pctNum(m.relative_change, d) }),
        el('td', { class: 'num ci', text: ci ? '[' + pctNum(ci[0], d) + ', ' + pctNum(ci[1], d) + ']' : '—' }),
        el('td', { class: 'num', text: fmtP(adj.p_holm) }),
        el('td', {}, el('span', { class: 'verdict ' + m.verdict, title, text: word }))));
    });
    const notes = LW.clear(LW.$('#compare-notes'));
    (doc.notes || []).forEach((n) => notes.appendChild(el('li', { text: n })));
    renderPlainTests(doc);
  }

  /** One side of a measure: its single value, or the mean ± sd of its repeats and their number. */
  function measureSide(s) {
    if (!s || s.mean == null) return '—';
    if (s.n === 1) return LW.fmtMeasure(s.mean);
    return LW.fmtMeasure(s.mean) + (s.std == null ? '' : ' ± ' + LW.fmtMeasure(s.std)) + ' (n ' + fmtInt(s.n) + ')';
  }

  /** The measures of both runs side by side (compare/v2 "measures"); the card is hidden when neither run holds any. */
  function renderMeasures(doc) {
    const measures = doc.measures || [];
    LW.$('#measures-compare-card').hidden = !measures.length;
    const body = LW.clear(LW.$('#measures-compare-table').tBodies[0]);
    measures.forEach((m) => {
      const ci = m.ci95_relative;
      const d = pctDigits([m.relative_change].concat(ci || []));
      const title = m.direction ? LW.directionText(m.direction) : 'reported, never gated';
      body.appendChild(el('tr', { class: m.verdict, dataset: { measure: m.measure, verdict: m.verdict } },
        el('td', { title: m.measure }, el('span', { class: 'mono', text: m.name }), el('span', { class: 'unit', text: m.suite })),
        el('td', { class: 'muted', text: m.unit || '—' }),
        el('td', { class: 'num', text: measureSide(m.a) }),
        el('td', { class: 'num', text: measureSide(m.b) }),
        el('td', { class: 'num ' + deltaClass(m), text: pctNum(m.relative_change, d) }),
        el('td', { class: 'num ci', text: ci ? '[' + pctNum(ci[0], d) + ', ' + pctNum(ci[1], d) + ']' : '—' }),
        el('td', {}, el('span', { class: 'verdict ' + m.verdict, title, text: m.verdict })),
        el('td', { class: 'muted', text: m.note || '' })));
    });
  }

  /** The plain tests, kept for comparison with other tools; the verdict does not use them. */
  function renderPlainTests(doc) {
    const table = LW.$('#plain-tests-table');
    const headers = [['metric'], ['Δ mean (B − A)', 'num'], ['p Welch', 'num'], ['p Student', 'num'],
      ['p Mann-Whitney', 'num'], ["Cohen's d", 'num'], ['n_eff A / B', 'num']];
    LW.clear(table.tHead).appendChild(el('tr', {}, headers.map(([t, c]) => el('th', { class: c, text: t }))));
    const body = LW.clear(table.tBodies[0]);
    doc.metrics.forEach((m) => {
      const adj = m.adjusted || {};
      body.appendChild(el('tr', {},
        el('td', { class: 'mono', text: m.metric }),
        el('td', { class: 'num', text: LW.fmtSigned(m.mean_diff, LW.digitsFor(m.unit)) + ' ' + m.unit }),
        el('td', { class: 'num', text: fmtP(m.welch && m.welch.p) }),
        el('td', { class: 'num', text: fmtP(m.student && m.student.p) }),
        el('td', { class: 'num', text: fmtP(m.mann_whitney && m.mann_whitney.p) }),
        el('td', { class: 'num', text: fmt(m.cohens_d, 2) + (m.effect_size ? ' (' + m.effect_size + ')' : '') }),
        el('td', { class: 'num', text: fmt(adj.n_eff_a, 0) + ' / ' + fmt(adj.n_eff_b, 0) })));
    });
  }

  /** Both runs' context side by side, and the warnings when they are not comparable or not clean. */
  function renderContext(doc) {
    const box = LW.clear(LW.$('#compare-context'));
    const a = runsById[doc.run_a.id];
    const b = runsById[doc.run_b.id];
    if (!a || !b) return;
    const row = (label, fa, fb) => el('tr', {}, el('th', { text: label }), el('td', { text: fa }), el('td', { text: fb }));
    const c = (run) => run.context || {};
    box.append(el('table', { class: 'compact context-table' },
      el('thead', {}, el('tr', {}, el('th', { text: '' }), el('th', { text: 'A' }), el('th', { text: 'B' }))),
      el('tbody', {},
        row('rig', c(a).rig || '—', c(b).rig || '—'),
        row('firmware', (c(a).device || {}).firmware || '—', (c(b).device || {}).firmware || '—'),
        row('effect', LW.effectLabel(c(a).workload), LW.effectLabel(c(b).workload)),
        row('branch', (c(a).vcs || {}).branch || '—', (c(b).vcs || {}).branch || '—'),
        row('commit', (c(a).vcs || {}).commit || '—', (c(b).vcs || {}).commit || '—'),
        row('quality', LW.qualityText(a.quality), LW.qualityText(b.quality)))));
    LW.contextWarnings(a, b).forEach((w) => box.append(el('p', { class: 'context-warning', text: 'warning: ' + w })));
  }

  function pill(cls, id, n, one, many) {
    return el('span', { class: 'pill ' + (n ? cls : 'neutral'), id, text: n + ' ' + (n === 1 ? one : many) });
  }

  function renderBanner(doc) {
    LW.$('#compare-headline').textContent = doc.headline;
    const banner = LW.clear(LW.$('#compare-banner'));
    banner.append(
      pill('bad', 'regression-count', doc.regressions, 'regression', 'regressions'),
      pill('good', 'improvement-count', doc.improvements, 'improvement', 'improvements'),
      pill('equivalent', 'equivalent-count', doc.equivalent, 'equivalent', 'equivalent'),
      pill('inconclusive', 'inconclusive-count', doc.inconclusive, 'inconclusive', 'inconclusive'),
      el('span', { class: 'muted', text: 'alpha ' + doc.alpha + ' · min effect ' + (doc.min_effect * 100).toFixed(1) + ' %' }));
    LW.$('#compare-runs').textContent = 'A: ' + doc.run_a.name + ' (' + fmtInt(doc.run_a.sample_count) + ' samples) · B: ' +
      doc.run_b.name + ' (' + fmtInt(doc.run_b.sample_count) + ' samples)';
  }

  /** Points per rolling mean: about 2.5 % of the series, at least 5. */
  function rollingWindow(n) {
    return Math.max(5, Math.round(n / 40));
  }

  /** Centred rolling mean over w points (fewer at the ends); nulls are skipped. */
  function rollingMean(y, w) {
    const half = Math.floor(w / 2);
    const out = new Array(y.length).fill(null);
    let sum = 0;
    let n = 0;
    let lo = 0;
    let hi = -1;
    for (let i = 0; i < y.length; i++) {
      while (hi < Math.min(y.length - 1, i + half)) {
        hi++;
        if (y[hi] != null) { sum += y[hi]; n++; }
      }
      while (lo < i - half) {
        if (y[lo] != null) { sum -= y[lo]; n--; }
        lo++;
      }
      out[i] = n ? sum / n : null;
    }
    return out;
  }

  async function renderOverlay(doc, metricId) {
    const m = doc.metrics.find((x) => x.metric === metricId) || doc.metrics[0];
    if (!m) return;
    const u = m.unit;
    const ids = [doc.run_a.id, doc.run_b.id];
    const series = await Promise.all(ids.map((id) =>
      LW.api('/api/runs/' + encodeURIComponent(id) + '/series?max_points=2000&metrics=' + encodeURIComponent(m.metric))));
    const lines = [];
    series.forEach((s, i) => {
      const run = runsById[ids[i]];
      const one = s.series[0];
      const start = run ? Date.parse(run.started_at) * 1000 : one.x[0];
      const x = one.x.map((v) => (v - start) / 1e6);
      const color = i ? C.B_COLOR : C.A_COLOR;
      const name = (i ? 'B ' : 'A ') + s.run.name;
      const w = rollingWindow(one.y.length);
      // The raw (noisy) series faintly, its rolling mean on top: the levels are what to compare.
      lines.push({ label: name, unit: u, color: C.alpha(color, 0.3), width: 1, x, y: one.y });
      lines.push({ label: name + ' · rolling mean of ' + w, unit: u, color, width: 2.5, x, y: rollingMean(one.y, w) });
    });
    C.lineChart(LW.$('#chart-overlay-series'), { title: m.metric + ' over time (faint: as plotted; bold: rolling mean)',
      yLabel: m.metric + ' (' + u + ')', yDigits: u === '%' ? 2 : 0, series: lines, height: 260 });

    let range = '';
    const lo = Math.min(m.a.min, m.b.min);
    const hi = Math.max(m.a.max, m.b.max);
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo < hi) range = '&lo=' + lo + '&hi=' + hi;
    const hists = await Promise.all(ids.map((id) => LW.api('/api/runs/' + encodeURIComponent(id) +
      '/histogram?bins=40&metric=' + encodeURIComponent(m.metric) + range)));
    C.histogramChart(LW.$('#chart-overlay-hist'), {
      title: m.metric + ' distribution', xLabel: m.metric + ' (' + u + ')', yLabel: 'samples', unit: u,
      edges: hists[0].edges.length ? hists[0].edges : hists[1].edges, height: 260,
      series: hists.map((h, i) => ({ label: (i ? 'B ' : 'A ') + h.run.name, counts: h.counts, color: i ? C.B_COLOR : C.A_COLOR })),
      markers: hists.filter((h) => h.p50 != null).map((h, i) => ({ x: h.p50, label: (h === hists[1] ? 'B' : 'A') + ' p50', color: h === hists[1] ? C.B_COLOR : C.A_COLOR })),
    });
  }

  async function compare() {
    const a = form.elements.a.value;
    const b = form.elements.b.value;
    const errorBox = LW.clear(LW.$('#compare-error'));
    if (!a || !b) {
      errorBox.appendChild(el('div', { class: 'notice info', text: 'Choose run A (baseline) and run B (candidate), then Compare.' }));
      return;
    }
    const q = new URLSearchParams({ a, b, alpha: form.elements.alpha.value.trim(), min_effect: form.elements.min_effect.value.trim() });
    history.replaceState(null, '', '?' + q);
    try {
      current = await LW.api('/api/compare?' + q);
      LW.$('#compare-result').hidden = false;
      renderBanner(current);
      renderContext(current);
      renderTable(current);
      renderMeasures(current);
      // Runs of measures only have no frame metrics to tabulate or overlay.
      const frames = current.metrics.length > 0;
      LW.$('#compare-table-wrap').hidden = !frames;
      LW.$('.plain-tests').hidden = !frames;
      LW.$('#overlay-card').hidden = !frames;
      const select = LW.clear(LW.$('#overlay-metric'));
      current.metrics.forEach((m) => select.appendChild(el('option', { value: m.metric, text: m.metric })));
      await renderOverlay(current, select.value);
      document.body.dataset.ready = 'true';
    } catch (err) {
      LW.$('#compare-result').hidden = true;
      LW.showError(errorBox, err);
      document.body.dataset.ready = 'error';
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    compare();
  });
  LW.$('#overlay-metric').addEventListener('change', (ev) => current && renderOverlay(current, ev.target.value));

  (async function main() {
    try {
      await loadRuns();
      if (params.get('alpha')) form.elements.alpha.value = params.get('alpha');
      if (params.get('min_effect')) form.elements.min_effect.value = params.get('min_effect');
      await resolveInto(form.elements.a, params.get('a'));
      await resolveInto(form.elements.b, params.get('b'));
      if (form.elements.a.value && form.elements.b.value) await compare();
      else {
        LW.$('#compare-error').appendChild(el('div', { class: 'notice info', text: 'Choose run A (baseline) and run B (candidate), then Compare.' }));
        document.body.dataset.ready = 'true';
      }
    } catch (err) {
      LW.showError(LW.$('#compare-error'), err);
      document.body.dataset.ready = 'error';
    }
  })();
})();
