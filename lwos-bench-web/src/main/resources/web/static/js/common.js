/* Shared helpers: API access, safe DOM building (text nodes only, no HTML parsing), formatting. */
(function () {
  'use strict';

  const LW = (window.LW = window.LW || {});

  /** GET a JSON API path; throws an Error carrying the API's error message and HTTP status. */
  LW.api = async function (path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    if (!res.ok) {
      const err = new Error(body && body.error ? body.error : 'HTTP ' + res.status);
      err.status = res.status;
      throw err;
    }
    return body;
  };

  /** Builds an element. attrs: {class, text, href, title, id, dataset:{}, ...}; children: nodes or strings. */
  LW.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child == null || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  };

  LW.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  LW.$ = (selector) => document.querySelector(selector);

  /** A number with fixed decimals and thousands separators; '—' for null/NaN. */
  LW.fmt = function (v, digits) {
    if (v == null || !Number.isFinite(Number(v))) return '—';
    const d = digits == null ? 1 : digits;
    return Number(v).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  };

  LW.fmtInt = (v) => (v == null ? '—' : Number(v).toLocaleString('en-US'));

  /** Decimals that suit a metric's unit: µs with 1, % with 2. */
  LW.digitsFor = (unit) => (unit === '%' ? 2 : 1);

  LW.fmtMetric = (v, unit) => LW.fmt(v, LW.digitsFor(unit));

  /** A measure's number: up to 6 significant digits, thousands separated (values range from ns to Hz). */
  LW.fmtMeasure = function (v) {
    if (v == null || !Number.isFinite(Number(v))) return '—';
    return Number(v).toLocaleString('en-US', { maximumSignificantDigits: 6 });
  };

  /** Which way is better, in words; a measure without a direction is reported, never gated. */
  LW.directionText = (d) => (d === 'lower_is_better' ? 'lower is better' : d === 'higher_is_better' ? 'higher is better'
    : d || 'reported, never gated');

  LW.fmtP = function (p) {
    if (p == null || !Number.isFinite(p)) return '—';
    if (p === 0) return '< 1e-300';
    if (p < 0.001) return p.toExponential(1);
    return p.toFixed(3);
  };

  LW.fmtPct = function (ratio, digits) {
    if (ratio == null || !Number.isFinite(ratio)) return '—';
    const v = ratio * 100;
    return (v > 0 ? '+' : '') + v.toFixed(digits == null ? 1 : digits) + ' %';
  };

  LW.fmtSigned = function (v, digits) {
    if (v == null || !Number.isFinite(v)) return '—';
    return (v > 0 ? '+' : '') + LW.fmt(v, digits);
  };

  /** ISO-8601 → "2026-11-20 09:00:00 UTC" in the browser's time zone, which it names. */
  LW.fmtTime = function (iso) {
    if (!iso) return '—';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const p = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' +
      p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds()) + ' ' + LW.zoneName(d);
  };

  /** The browser's time zone at that date, short: 'UTC', 'GMT+1', else the offset 'UTC+05:30'. */
  LW.zoneName = function (d) {
    try {
      const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d)
        .find((x) => x.type === 'timeZoneName');
      if (part && part.value) return part.value;
    } catch (e) {
      // an old browser without formatToParts: fall back to the offset
    }
    const off = -d.getTimezoneOffset();
    const p = (n) => String(n).padStart(2, '0');
    return 'UTC' + (off < 0 ? '-' : '+') + p(Math.floor(Math.abs(off) / 60)) + ':' + p(Math.abs(off) % 60);
  };

  /** Seconds → "1 h 02 min", "3 min 20 s", "12 s". */
  LW.fmtDuration = function (seconds) {
    if (seconds == null || !Number.isFinite(seconds)) return '—';
    const s = Math.round(seconds);
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min ' + String(s % 60).padStart(2, '0') + ' s';
    return Math.floor(s / 3600) + ' h ' + String(Math.floor((s % 3600) / 60)).padStart(2, '0') + ' min';
  };

  /** Elapsed seconds → "m:ss" or "h:mm:ss" (axis ticks). */
  LW.fmtElapsed = function (seconds) {
    if (seconds == null || !Number.isFinite(seconds)) return '';
    const neg = seconds < 0;
    let s = Math.abs(seconds);
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    const m = Math.floor(s / 60);
    s -= m * 60;
    const sec = s < 10 ? '0' + s.toFixed(s % 1 ? 1 : 0) : s.toFixed(s % 1 ? 1 : 0);
    const body = h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + sec : m + ':' + sec;
    return (neg ? '-' : '') + body;
  };

  /** The effect of a run/v2 workload: 'Ripple (#7)', '#7', 'Ripple' or '—'. */
  LW.effectLabel = function (w) {
    if (!w) return '—';
    if (w.effect_name && w.effect_id != null) return w.effect_name + ' (#' + w.effect_id + ')';
    if (w.effect_name) return w.effect_name;
    return w.effect_id != null ? '#' + w.effect_id : '—';
  };

  /** A run/v2 quality array as text: 'clean' or 'gaps, short'. */
  LW.qualityText = (q) => (q && q.length ? q.join(', ') : 'clean');

  /**
   * compare's warnings (as the CLI prints them): rig or workload differ (both known), or a run is
   * not clean.
   */
  LW.contextWarnings = function (a, b) {
    const out = [];
    const ca = a.context || {};
    const cb = b.context || {};
    const diffs = [];
    if (ca.rig && cb.rig && ca.rig !== cb.rig) diffs.push('rig (' + ca.rig + ' vs ' + cb.rig + ')');
    const wa = ca.workload || {};
    const wb = cb.workload || {};
    const idDiffers = wa.effect_id != null && wb.effect_id != null && wa.effect_id !== wb.effect_id;
    const nameDiffers = wa.effect_name && wb.effect_name && wa.effect_name !== wb.effect_name;
    if (idDiffers || nameDiffers) diffs.push('workload (' + LW.effectLabel(wa) + ' vs ' + LW.effectLabel(wb) + ')');
    if (diffs.length) {
      out.push('A and B differ in ' + diffs.join(' and ') + '; the difference may come from that, not from the firmware');
    }
    [['A', a], ['B', b]].forEach(([label, run]) => {
      if (run.quality && run.quality.length) {
        out.push('run ' + label + ' "' + run.name + '" is not clean: ' + LW.qualityText(run.quality));
      }
    });
    return out;
  };

  LW.badge = (status) => LW.el('span', { class: 'badge ' + status, text: status });

  LW.tagList = (tags, linkTo) =>
    (tags || []).map((t) => (linkTo ? LW.el('a', { class: 'tag', href: linkTo(t), text: t }) : LW.el('span', { class: 'tag', text: t })));

  const UUID_AT = /,\s*(?=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/;

  /**
   * The runs a lookup error names ("...; candidates: <id>  <name>  <started_at>, ..."), parsed into
   * {id, name, startedAt}; null when the message lists none.
   */
  LW.lookupCandidates = function (message) {
    const at = message.indexOf('; candidates: ');
    if (at < 0) return null;
    const list = message.slice(at + '; candidates: '.length).split(UUID_AT).map((item) => {
      const m = /^([0-9a-f-]{36})\s+(.*)$/s.exec(item.trim());
      if (!m) return null;
      const parts = m[2].split(/\s{2,}/);
      const startedAt = parts.length > 1 && /^\d{4}-\d\d-\d\dT/.test(parts[parts.length - 1]) ? parts.pop() : null;
      return { id: m[1], name: parts.join('  '), startedAt };
    });
    return list.every(Boolean) ? { head: message.slice(0, at), runs: list } : null;
  };

  /** Replaces a container's content with an error notice; runs a lookup error names become links. */
  LW.showError = function (container, err) {
    const message = err.message || String(err);
    const notice = LW.el('div', { class: 'notice error', role: 'alert' });
    const parsed = LW.lookupCandidates(message);
    if (!parsed) {
      notice.textContent = message;
    } else {
      notice.append(LW.el('p', { class: 'notice-head', text: parsed.head + '.' }),
        LW.el('p', { class: 'notice-sub', text: 'Did you mean one of these runs?' }),
        LW.el('ul', { class: 'candidates' }, parsed.runs.map((r) => LW.el('li', {},
          LW.el('a', { href: LW.runHref(r.id), text: r.name || r.id }), ' ',
          LW.el('span', { class: 'mono muted', text: r.id.slice(0, 8) }),
          r.startedAt ? LW.el('span', { class: 'muted', text: ' · started ' + LW.fmtTime(r.startedAt) }) : null))));
    }
    LW.clear(container).appendChild(notice);
  };

  /** Hides everything on a page but its error box (a page about a run that is not there shows only the error). */
  LW.onlyError = function (page, errorBox) {
    Array.from(page.children).forEach((child) => {
      if (child !== errorBox) child.hidden = true;
    });
  };

  /** The path segment after /runs/ (the run reference), decoded. */
  LW.refFromPath = function () {
    const parts = location.pathname.split('/');
    return decodeURIComponent(parts[2] || '');
  };

  LW.runHref = (idOrRef) => '/runs/' + encodeURIComponent(idOrRef);

  LW.metricsById = {};
  /** Loads the metric registry (/api/metrics) once. */
  LW.loadMetrics = async function () {
    if (LW.metrics) return LW.metrics;
    LW.metrics = await LW.api('/api/metrics');
    LW.metrics.forEach((m) => (LW.metricsById[m.metric] = m));
    return LW.metrics;
  };

  LW.STAT_COLUMNS = [
    ['n', 'n', 0, false],
    ['mean', 'mean', null, true],
    ['std', 'std', null, true],
    ['min', 'min', null, true],
    ['p50', 'p50', null, true],
    ['p90', 'p90', null, true],
    ['p95', 'p95', null, true],
    ['p99', 'p99', null, true],
    ['p99_9', 'p99.9', null, true],
    ['max', 'max', null, true],
    ['mad', 'MAD', null, true],
    ['lag1_autocorrelation', 'r1', 3, false],
    ['n_eff', 'n_eff', 0, false],
  ];
})();
