/* History: one statistic per run over runs (the history/v1 document) of a frame metric or a measure, its 95 % intervals,
   change points and acknowledged changes (lwos-bench ack). */
(function () {
  'use strict';
  const { el, fmt, fmtInt, fmtTime, fmtP } = LW;
  const C = LW.charts;

  const FIELDS = ['metric', 'stat', 'rig', 'workload', 'branch', 'name', 'tag', 'since', 'last', 'window',
    'max_pvalue', 'min_magnitude'];
  /** The filters that select runs: what /api/history/subjects offers metrics and measures for. */
  const RUN_FILTERS = ['rig', 'workload', 'branch', 'name', 'tag', 'since', 'last'];
  const DEFAULTS = { metric: 'avg_total_us', stat: 'mean', last: '200', window: '50', max_pvalue: '0.001', min_magnitude: '0' };
  const VERDICT_COLORS = { regressed: '#dc2626', improved: '#16a34a' };
  const ACK_COLOR = '#2563eb';

  const params = new URLSearchParams(location.search);
  const form = LW.$('#history-form');
  /** What the metric choice offers (/api/history/subjects) and for which filters. */
  let subjects = [];
  let subjectsFor = null;

  function fillForm() {
    FIELDS.forEach((key) => {
      if (key === 'metric') choose(params.get(key) || DEFAULTS.metric);
      else if (params.has(key)) form.elements[key].value = params.get(key);
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

  /** The run filters of a query, as /api/history/subjects takes them. */
  function runFilters(q) {
    const f = new URLSearchParams();
    RUN_FILTERS.forEach((key) => q.has(key) && f.set(key, q.get(key)));
    return f.toString();
  }

  /**
   * Fills the metric choice with the frame metrics and the measures of the runs the filters select, each
   * under the name the API takes for it (suite:name or frame:NAME where the bare name is ambiguous).
   */
  async function loadSubjects(q) {
    const filters = runFilters(q);
    if (filters === subjectsFor) return;
    let list;
    try {
      list = await LW.api('/api/history/subjects' + (filters ? '?' + filters : ''));
    } catch (err) {
      if (subjectsFor !== null) return; // bad filters: the history says why; keep the choices there are
      list = await LW.api('/api/history/subjects');
    }
    subjectsFor = filters;
    subjects = list;
    const select = form.elements.metric;
    const chosen = select.value;
    const option = (s) => el('option', { value: s.address, dataset: { id: s.id, kind: s.kind },
      text: s.address + (s.kind === 'measure' && s.address === s.name ? ' · ' + s.suite : '') + ' (' + (s.unit || 'no unit') + ')' });
    const measures = list.filter((s) => s.kind === 'measure');
    LW.clear(select).append(el('optgroup', { label: 'Frame metrics' }, list.filter((s) => s.kind === 'frame').map(option)));
    if (measures.length) select.append(el('optgroup', { label: 'Measures', id: 'measure-choices' }, measures.map(option)));
    if (chosen) choose(chosen);
  }

  /** Selects the choice named by its address or id (suite:name), adding it when the filters' runs do not hold it. */
  function choose(name) {
    const select = form.elements.metric;
    const known = subjects.find((s) => s.address === name || s.id === name);
    if (known) {
      select.value = known.address;
    } else if (name) {
      select.append(el('option', { value: name, text: name, dataset: { id: name } }));
      select.value = name;
    }
  }

  /** The choice the document is of, or null (a name typed into the URL the list does not hold). */
  function subjectOf(doc) {
    return subjects.find((s) => s.id === doc.metric) || null;
  }

  async function loadChoices() {
    const [stats] = await Promise.all([LW.api('/api/statistics'), loadSubjects(params)]);
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

  /** A value in the document's unit: a frame metric with its unit's decimals, a measure with up to 6 significant digits. */
  function formatter(doc) {
    const s = subjectOf(doc);
    const measure = s ? s.kind === 'measure' : doc.metric.includes(':');
    return measure ? LW.fmtMeasure : (v) => LW.fmtMetric(v, doc.unit);
  }

  function renderSummary(doc) {
    const f = doc.filters;
    const s = subjectOf(doc);
    const what = s && s.kind === 'measure' ? 'measure ' + doc.metric : doc.metric;
    const parts = [what + ' ' + doc.stat + ' per run (' + (doc.unit || 'no unit') + ', ' + LW.directionText(doc.direction) + ')',
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
    const s = subjectOf(doc);
    C.trendChart(LW.$('#chart-history'), {
      title: doc.metric + ' · ' + doc.stat + ' per run',
      yLabel: doc.metric + ' ' + doc.stat + (doc.unit ? ' (' + doc.unit + ')' : ''),
      format: s && s.kind === 'measure' ? LW.fmtMeasure : null,
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
    const value = formatter(doc);
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
        el('td', { class: 'num', text: value(c.before) + ' ' + u }),
        el('td', { class: 'num', text: value(c.after) + ' ' + u }),
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
      const s = subjectOf(doc);
      body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 5,
        text: s && s.kind === 'measure'
          ? 'No acknowledged change: changes are acknowledged for frame metrics (lwos-bench ack METRIC RUN --reason TEXT).'
          : 'No acknowledged change in these runs (lwos-bench ack METRIC RUN --reason TEXT marks an expected one).' })));
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
    const value = formatter(doc);
    LW.$('#value-head').textContent = doc.stat + (doc.unit ? ' (' + doc.unit + ')' : '');
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
        el('td', { class: 'num', text: value(p.value) }),
        el('td', { class: 'num', text: p.ci95 ? '[' + value(p.ci95[0]) + ', ' + value(p.ci95[1]) + ']' : '—' }),
        el('td', { class: 'num', text: fmt(p.n_eff, 0) }),
        el('td', { class: p.quality && p.quality.length ? 'warn-text' : 'muted', text: LW.qualityText(p.quality) })));
    });
  }

  async function load(q) {
    const errorBox = LW.clear(LW.$('#history-error'));
    try {
      const doc = await LW.api('/api/history?' + q);
      await loadSubjects(q);
      choose(doc.metric);
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
