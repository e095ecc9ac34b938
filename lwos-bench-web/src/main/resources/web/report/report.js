/*
 * The self-contained comparison report: everything it shows is in #report-data; it fetches nothing.
 * A CI job's report (lwos-bench ci --report) adds data.ci, its decisions, shown first; without a
 * baseline run data.compare is null and data.runs holds the decided run alone.
 */
(function () {
  'use strict';

  const LW = window.LW;
  const C = LW.charts;
  const el = LW.el;
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const doc = data.compare;
  const alone = data.runs.length === 1;

  /** How a run is named in headers and legends: A and B, or "run" when it stands alone. */
  function role(i) {
    return alone ? 'run' : i ? 'B' : 'A';
  }

  function color(i) {
    return alone || i ? C.B_COLOR : C.A_COLOR;
  }

  function fmtP(p) {
    return p == null ? '—' : LW.fmtP(p);
  }

  function verdictText(v) {
    return v.replace(/_/g, ' ');
  }

  /** A JSON value as text: objects and arrays as compact JSON, null as a dash. */
  function text(v) {
    if (v == null) return '—';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  /**
   * A counter in words, as the text output prints it: a number as it is, a counter kept per reason
   * as its total and the reasons ({"BAD_LENGTH": 0, "NON_FINITE": 2} is "2 (BAD_LENGTH 0, NON_FINITE 2)").
   */
  function counter(v) {
    if (v == null || typeof v !== 'object') return text(v);
    const entries = Object.entries(v);
    const total = entries.reduce((sum, [, n]) => sum + (typeof n === 'number' ? n : 0), 0);
    return entries.length ? total + ' (' + entries.map(([k, n]) => k + ' ' + text(n)).join(', ') + ')' : '0';
  }

  /** Rows of a two-column facts table from an object, nested objects flattened as a.b. */
  function flatten(prefix, obj, out) {
    Object.keys(obj || {}).forEach((k) => {
      const v = obj[k];
      const key = prefix ? prefix + '.' + k : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) flatten(key, v, out);
      else out.push([key, text(v)]);
    });
    return out;
  }

  function runsTable() {
    const runs = data.runs;
    const rows = [
      ['id', (r) => r.id],
      ['name', (r) => r.name],
      ['status', (r) => r.status],
      ['started', (r) => LW.fmtTime(r.started_at)],
      ['ended', (r) => LW.fmtTime(r.ended_at)],
      ['duration', (r) => (r.ended_at ? LW.fmtDuration((Date.parse(r.ended_at) - Date.parse(r.started_at)) / 1000) : '—')],
      ['samples', (r) => LW.fmtInt(r.sample_count)],
      ['source', (r) => r.source],
      ['tags', (r) => (r.tags || []).join(', ') || '—'],
      ['description', (r) => r.description || '—'],
    ];
    const counterKeys = Array.from(new Set(runs.flatMap((r) => Object.keys(r.counters || {}))));
    counterKeys.forEach((k) => rows.push(['counters.' + k, (r) => counter((r.counters || {})[k])]));
    ['context', 'quality'].forEach((section) => {
      const facts = (r) => (Array.isArray(r[section]) ? [['', r[section].map(text).join(', ') || '—']]
        : flatten('', r[section], []));
      const keys = Array.from(new Set(runs.flatMap((r) => facts(r).map((p) => p[0]))));
      keys.forEach((k) => {
        const values = runs.map((r) => {
          const found = facts(r).find((p) => p[0] === k);
          return found ? found[1] : '—';
        });
        // Facts neither run has (a context field nobody set) would only add dashes.
        if (values.some((v) => v !== '—')) rows.push([k ? section + '.' + k : section, (r) => values[runs.indexOf(r)]]);
      });
    });
    const table = document.getElementById('runs-table');
    table.tHead.appendChild(el('tr', {}, el('th', { text: '' }),
      ...(alone ? [el('th', { text: 'run' })] : [el('th', { text: 'A (baseline)' }), el('th', { text: 'B (candidate)' })])));
    rows.forEach(([label, get]) => {
      table.tBodies[0].appendChild(el('tr', { dataset: { fact: label } }, el('th', { class: 'mono', text: label }),
        ...runs.map((r) => el('td', { class: 'mono', text: text(get(r)) }))));
    });
  }

  function compareTable() {
    const table = document.getElementById('compare-table');
    if (!doc || !doc.metrics.length) {
      table.closest('.card').hidden = true; // nothing but measures: their own card says it all
      return;
    }
    const headers = [['metric'], ['mean A', 'num'], ['mean B', 'num'], ['Δ mean (B − A)', 'num'], ['Δ %', 'num'],
      ['95 % CI of Δ (adj.)', 'num'], ['p adj. (Holm)', 'num'], ['n_eff A / B', 'num'], ['verdict']];
    table.tHead.appendChild(el('tr', {}, headers.map(([t, c]) => el('th', { class: c, text: t }))));
    // Frame metrics only: the measures have their own card, written into the page by the server.
    doc.metrics.forEach((m) => {
      const adj = m.adjusted || {};
      const ci = adj.ci95 || [null, null];
      const u = m.unit;
      const d = LW.digitsFor(u);
      table.tBodies[0].appendChild(el('tr', { class: m.verdict, dataset: { metric: m.metric, verdict: m.verdict } },
        el('td', {}, el('span', { class: 'mono', text: m.metric }), el('span', { class: 'unit', text: u })),
        el('td', { class: 'num', text: LW.fmtMetric(m.a.mean, u) }),
        el('td', { class: 'num', text: LW.fmtMetric(m.b.mean, u) }),
        el('td', { class: 'num', text: LW.fmtSigned(m.mean_diff, d) }),
        el('td', { class: 'num', text: LW.fmtPct(m.relative_change, 2) }),
        el('td', { class: 'num', text: ci[0] == null ? '—' : '[' + LW.fmtSigned(ci[0], d) + ', ' + LW.fmtSigned(ci[1], d) + ']' }),
        el('td', { class: 'num', text: fmtP(adj.p_holm) }),
        el('td', { class: 'num', text: LW.fmt(adj.n_eff_a, 0) + ' / ' + LW.fmt(adj.n_eff_b, 0) }),
        el('td', {}, el('span', { class: 'verdict ' + m.verdict, text: verdictText(m.verdict) }),
          m.note ? el('span', { class: 'unit note', text: m.note }) : null)));
    });
    document.getElementById('compare-summary').textContent = doc.regressions + ' regressed, ' + doc.improvements +
      ' improved · alpha ' + doc.alpha + ' · min effect ' + (doc.min_effect * 100).toFixed(1) + ' %';
  }

  function charts() {
    const host = document.getElementById('charts');
    const startMicros = data.runs.map((r) => Date.parse(r.started_at) * 1000);
    const metrics = doc ? doc.metrics
      : Object.keys(data.charts).map((id) => ({ metric: id, unit: data.charts[id].unit, verdict: null }));
    metrics.forEach((m) => {
      const perRun = data.charts[m.metric];
      if (!perRun) return;
      const u = m.unit;
      const seriesBox = el('div', { class: 'chart', id: 'series-' + m.metric });
      const histBox = el('div', { class: 'chart', id: 'hist-' + m.metric });
      host.appendChild(el('div', { class: 'card' },
        el('div', { class: 'card-head' }, el('h2', { text: m.metric + ' (' + u + ')' }),
          m.verdict ? el('span', { class: 'verdict ' + m.verdict, text: verdictText(m.verdict) }) : null),
        el('div', { class: 'grid-2' }, el('div', {}, seriesBox), el('div', {}, histBox))));
      C.lineChart(seriesBox, {
        title: m.metric + ' over time', yLabel: m.metric + ' (' + u + ')', yDigits: u === '%' ? 2 : 0, height: 240,
        series: perRun.series.map((s, i) => ({ label: role(i) + ' ' + data.runs[i].name, unit: u,
          color: color(i), x: s.x.map((v) => (v - startMicros[i]) / 1e6), y: s.y })),
      });
      const hists = perRun.histograms;
      C.histogramChart(histBox, {
        title: m.metric + ' distribution', xLabel: m.metric + ' (' + u + ')', yLabel: 'samples', unit: u, height: 240,
        edges: (hists.find((h) => h.edges.length) || hists[0]).edges,
        series: hists.map((h, i) => ({ label: role(i) + ' ' + data.runs[i].name, counts: h.counts, color: color(i) })),
        markers: hists.map((h, i) => (h.p50 == null ? null : { x: h.p50, label: role(i) + ' p50',
          color: color(i) })).filter((x) => x),
      });
    });
  }

  /** What the CI decision was gated against, in a sentence. */
  function baselineText(b) {
    const n = b.runs.length + ' run' + (b.runs.length === 1 ? '' : 's');
    switch (b.kind) {
      case 'history': return 'Baseline: the history of branch ' + (b.branch || '?') + ', ' + n + '.';
      case 'merge_base': return 'Baseline: ' + n + ' of ' + (b.branch || 'the base branch') + ' at or before the merge base '
        + (b.merge_base || '?') + ', pooled.';
      case 'file': return 'Baseline: the file ' + b.file + '.';
      default: return 'No baseline: nothing to compare with.';
    }
  }

  /** The decisions of lwos-bench ci, first on the page. */
  function ciCard() {
    const ci = data.ci;
    if (!ci) return;
    const table = el('table', { id: 'ci-table', class: 'compact' });
    table.appendChild(el('thead', {}, el('tr', {}, [['metric or measure'], ['baseline', 'num'], ['current', 'num'],
      ['Δ %', 'num'], ['verdict'], ['decision'], ['reason']].map(([t, c]) => el('th', { class: c, text: t })))));
    const body = el('tbody', {});
    ci.measures.forEach((m) => {
      body.appendChild(el('tr', { dataset: { measure: m.name, decision: m.decision } },
        el('td', {}, el('span', { class: 'mono', text: m.name }), el('span', { class: 'unit', text: m.unit })),
        el('td', { class: 'num', text: LW.fmtMetric(m.baseline, m.unit) }),
        el('td', { class: 'num', text: LW.fmtMetric(m.current, m.unit) }),
        el('td', { class: 'num', text: LW.fmtPct(m.relative_change, 2) }),
        el('td', {}, m.verdict ? el('span', { class: 'verdict ' + m.verdict, text: verdictText(m.verdict) }) : null),
        el('td', {}, el('span', { class: 'verdict ' + m.decision, text: m.decision })),
        el('td', { text: m.reason || '' })));
    });
    table.appendChild(body);
    const compared = alone ? 'There is no baseline run to compare with: below is the run alone.'
      : 'Below, the run (B) is compared with the newest baseline run (A), ' + data.runs[0].name + ' ('
        + data.runs[0].id + ')' + (ci.baseline.runs.length > 1 ? '; the decisions are made against all '
        + ci.baseline.runs.length + ' baseline runs.' : '.');
    const pr = ci.pull_request;
    const card = el('div', { class: 'card', id: 'ci' },
      el('div', { class: 'card-head' }, el('h2', { text: 'CI decision · ' + ci.name }),
        el('span', { class: 'verdict ' + ci.decision, id: 'ci-decision', text: ci.decision })),
      el('p', { class: 'muted', id: 'ci-run', text: 'Run ' + ci.run.name + ' (' + ci.run.id + ')'
        + (ci.run.rig ? ', rig ' + ci.run.rig : '') + (ci.run.branch ? ', branch ' + ci.run.branch : '')
        + (ci.run.commit ? ', commit ' + ci.run.commit : '') + (pr ? ', pull request ' + (pr.number == null ? '' : '#'
        + pr.number + ' ') + 'into ' + (pr.base_branch || '?') : ', push') + '.' }),
      el('p', { id: 'ci-baseline', text: baselineText(ci.baseline) + ' ' + compared }),
      ci.baseline.runs.length ? el('p', { class: 'muted mono', id: 'ci-baseline-runs',
        text: 'Baseline runs: ' + ci.baseline.runs.join(', ') }) : null,
      ci.measures.length ? el('div', { class: 'table-wrap' }, table) : null,
      ci.notes.length ? el('ul', { class: 'notes' }, ci.notes.map((n) => el('li', { text: n }))) : null);
    const main = document.querySelector('main');
    main.insertBefore(card, main.querySelector('.card'));
  }

  ciCard();
  runsTable();
  compareTable();
  charts();
  document.body.dataset.rendered = 'true';
})();
