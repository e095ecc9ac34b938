/* Runs list: filters live in the URL so a filtered list can be bookmarked or shared. */
(function () {
  'use strict';
  const { el, fmt, fmtInt, fmtTime, fmtDuration } = LW;

  const params = new URLSearchParams(location.search);
  const form = LW.$('#filters');
  /** The filters, as the API's query parameters and the form's field names (list-runs has the same). */
  const FILTERS = ['name', 'tag', 'status', 'rig', 'branch', 'firmware', 'workload', 'limit'];
  FILTERS.forEach((key) => {
    if (params.has(key)) form.elements[key].value = params.get(key);
  });

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    FILTERS.forEach((key) => {
      const v = form.elements[key].value.trim();
      if (v && !(key === 'limit' && v === '50')) next.set(key, v);
    });
    history.replaceState(null, '', next.toString() ? '?' + next : location.pathname);
    load(next);
  });

  function durationSeconds(run) {
    const start = Date.parse(run.started_at);
    const end = run.ended_at ? Date.parse(run.ended_at) : Date.now();
    return Number.isFinite(start) && Number.isFinite(end) ? (end - start) / 1000 : null;
  }

  function stat(run, metric, key) {
    const s = run.stats && run.stats[metric];
    return s ? s[key] : null;
  }

  /** Ticked runs, in the order they were ticked; exactly two enable Compare. */
  const selected = new Map();

  function updateSelection() {
    const button = LW.$('#compare-selected');
    const n = selected.size;
    button.disabled = n !== 2;
    const note = LW.$('#selection-note');
    if (n === 2) {
      const [a, b] = pair();
      note.textContent = 'A (baseline): ' + a.name + ' · B (candidate): ' + b.name;
    } else {
      note.textContent = n < 2
        ? 'Tick two runs to compare them (the older one is the baseline A).'
        : n + ' runs ticked: tick exactly two to compare them.';
    }
  }

  /** The two ticked runs, older first: the older is the baseline. */
  function pair() {
    return [...selected.values()].sort((x, y) => Date.parse(x.started_at) - Date.parse(y.started_at));
  }

  LW.$('#compare-selected').addEventListener('click', () => {
    if (selected.size !== 2) return;
    const [a, b] = pair();
    location.assign('/compare?' + new URLSearchParams({ a: a.id, b: b.id }));
  });

  function pick(run) {
    const box = el('input', { type: 'checkbox', class: 'pick', 'aria-label': 'select ' + run.name });
    box.checked = selected.has(run.id);
    box.addEventListener('change', () => {
      if (box.checked) selected.set(run.id, run);
      else selected.delete(run.id);
      updateSelection();
    });
    return box;
  }

  /** A context value linked to the list filtered by it, or a dash. */
  function filterLink(key, value) {
    return value ? el('a', { href: '/?' + new URLSearchParams({ [key]: value }), text: value }) : '—';
  }

  /** Branch and the commit shortened as git does: 'main · 1a2b3c4'. */
  function branchCommit(vcs) {
    const commit = vcs && vcs.commit ? vcs.commit.slice(0, 7) : null;
    return [filterLink('branch', vcs && vcs.branch), commit ? el('span', { class: 'mono muted', text: ' · ' + commit }) : null];
  }

  function row(run) {
    const href = LW.runHref(run.id);
    const ctx = run.context || {};
    return el('tr', { dataset: { runId: run.id } },
      el('td', { class: 'pick' }, pick(run)),
      el('td', { class: 'name desc' }, el('a', { href, text: run.name }), ' ',
        LW.tagList(run.tags, (t) => '/?tag=' + encodeURIComponent(t)),
        run.description ? el('div', { class: 'muted', text: run.description }) : null),
      el('td', {}, LW.badge(run.status)),
      el('td', { text: fmtTime(run.started_at) }),
      el('td', { class: 'num', text: fmtDuration(durationSeconds(run)) }),
      el('td', { class: 'num', text: fmtInt(run.sample_count) }),
      el('td', { class: 'num', text: fmt(stat(run, 'avg_total_us', 'mean'), 1) }),
      el('td', { class: 'num', text: fmt(stat(run, 'avg_total_us', 'p95'), 1) }),
      el('td', { class: 'num', text: fmt(stat(run, 'avg_total_us', 'p99'), 1) }),
      el('td', { class: 'num', text: fmt(stat(run, 'cpu_load_percent', 'mean'), 2) }),
      el('td', { class: 'num', text: fmtInt(run.counters ? run.counters.gaps : null) }),
      el('td', { class: 'quality' + (run.quality && run.quality.length ? ' warn' : ''), text: LW.qualityText(run.quality) }),
      el('td', { class: 'rig', title: ctx.rig }, filterLink('rig', ctx.rig)),
      el('td', { class: 'firmware', title: (ctx.device || {}).firmware }, filterLink('firmware', (ctx.device || {}).firmware)),
      el('td', { class: 'vcs', title: [(ctx.vcs || {}).branch, (ctx.vcs || {}).commit].filter(Boolean).join(' · ') || null },
        branchCommit(ctx.vcs)),
      el('td', { class: 'actions' },
        run.status === 'RUNNING' ? el('a', { class: 'btn small primary', href: href + '/live', text: 'Live' }) : null,
        ' ',
        el('a', { class: 'btn small', href: '/compare?b=' + encodeURIComponent(run.id), text: 'Compare' })));
  }

  async function load(query) {
    const body = LW.$('#runs-body');
    const errorBox = LW.clear(LW.$('#runs-error'));
    try {
      const runs = await LW.api('/api/runs' + (query.toString() ? '?' + query : ''));
      LW.clear(body);
      const shown = new Set(runs.map((r) => r.id));
      [...selected.keys()].forEach((id) => shown.has(id) || selected.delete(id));
      updateSelection();
      if (!runs.length) {
        body.appendChild(el('tr', {}, el('td', { class: 'empty', colspan: 16, text: 'No runs match these filters.' })));
      }
      runs.forEach((run) => body.appendChild(row(run)));
      LW.$('#runs-count').textContent = runs.length + (runs.length === 1 ? ' run' : ' runs') +
        ' shown. Statistics of a RUNNING run appear when it finishes; open it to see them live.';
    } catch (err) {
      LW.clear(body);
      LW.showError(errorBox, err);
    }
  }

  load(params);
})();
