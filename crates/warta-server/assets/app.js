// warta dashboard: map, timeline, actor network, event table, event and
// article views. Plain JavaScript, no dependencies, works offline: every
// asset is served by the warta binary. API: /api/openapi.json.
"use strict";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const SVG = "http://www.w3.org/2000/svg";
const PAGE = 50;
const state = { filters: {}, offset: 0, world: null };

const $ = (sel) => document.querySelector(sel);
function el(tag, attrs = {}, text) {
  const ns = ["svg", "path", "circle", "rect", "line", "text", "g", "title"].includes(tag);
  const e = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function esc(s) { return String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c])); }
async function api(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const res = await fetch(`/api/${path}${qs.toString() ? "?" + qs : ""}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}
function actorLabel(name, actor) { return name ? `${name}${actor ? " (" + actor + ")" : ""}` : actor || "—"; }
const src = (e) => actorLabel(e.source_name, e.source_actor);
const tgt = (e) => actorLabel(e.target_name, e.target_actor);

// ---- tooltip -------------------------------------------------------------
const tip = $("#tooltip");
function showTip(ev, text) { tip.textContent = text; tip.hidden = false; moveTip(ev); }
function moveTip(ev) { tip.style.left = ev.clientX + 12 + "px"; tip.style.top = ev.clientY + 12 + "px"; }
function hideTip() { tip.hidden = true; }
function withTip(node, text) {
  node.addEventListener("mouseenter", (e) => showTip(e, text));
  node.addEventListener("mousemove", moveTip);
  node.addEventListener("mouseleave", hideTip);
  return node;
}

// ---- map -----------------------------------------------------------------
async function drawMap(events) {
  const svg = $("#map");
  if (!state.world) state.world = await (await fetch("/assets/world-110m.json")).json();
  svg.replaceChildren();
  const land = el("g");
  for (const c of state.world.countries) land.append(withTip(el("path", { d: c.d, class: "land" }), c.name || ""));
  svg.append(land);
  const dots = el("g");
  let placed = 0;
  for (const e of events) {
    if (e.lat == null || e.lon == null) continue;
    placed++;
    const r = Math.min(6, 1.2 + Math.sqrt(e.num_mentions || 1) * 0.8);
    const dot = el("circle", { cx: e.lon + 180, cy: 90 - e.lat, r, class: `event q${e.quad || 1}`, "data-place": e.place_name });
    withTip(dot, `${e.plover} ${src(e)} → ${tgt(e)}\n${e.place_name} · ${e.date || "no date"}\n${e.num_mentions || 1} mention(s)`);
    dot.addEventListener("click", () => { location.hash = `#/event/${encodeURIComponent(e.id)}`; });
    dots.append(dot);
  }
  svg.append(dots);
  $("#map-note").textContent = `${placed} of ${events.length} events on this page have a place`;
}

// ---- timeline ------------------------------------------------------------
function drawTimeline(days) {
  const svg = $("#timeline");
  svg.replaceChildren();
  const byDate = new Map();
  for (const d of days) {
    const row = byDate.get(d.date) || { 1: 0, 2: 0, 3: 0, 4: 0 };
    const q = Number(d.group) || 1;
    row[q] += d.events;
    byDate.set(d.date, row);
  }
  const dates = [...byDate.keys()].sort();
  if (!dates.length) { svg.append(el("text", { x: 10, y: 20, class: "axis" }, "no dated events")); return; }
  const max = Math.max(...dates.map((d) => Object.values(byDate.get(d)).reduce((a, b) => a + b, 0)));
  const W = 580, H = 170, bw = Math.max(1, W / dates.length - 1);
  dates.forEach((date, i) => {
    let y = H;
    const row = byDate.get(date);
    for (const q of [1, 2, 3, 4]) {
      if (!row[q]) continue;
      const h = (row[q] / max) * (H - 10);
      y -= h;
      svg.append(withTip(el("rect", { x: 10 + i * (bw + 1), y, width: bw, height: h, class: `q${q}`, "data-date": date }),
        `${date}: ${row[q]} event(s), quad ${q}`));
    }
  });
  svg.append(el("text", { x: 10, y: 190, class: "axis" }, dates[0]));
  svg.append(el("text", { x: 590, y: 190, class: "axis", "text-anchor": "end" }, dates[dates.length - 1]));
  svg.append(el("text", { x: 10, y: 10, class: "axis" }, `max ${max}/day`));
}

// ---- network (small force layout, deterministic start) -------------------
function dyadGraph(dyads) {
  const count = new Map();
  for (const d of dyads) for (const a of [d.source, d.target]) count.set(a, (count.get(a) || 0) + d.events);
  return {
    nodes: [...count].map(([id, c]) => ({ id, label: id, count: c })),
    edges: dyads.map((d) => ({ source: d.source, target: d.target, count: d.events })),
  };
}
function drawNetwork(net) {
  const svg = $("#network");
  svg.replaceChildren();
  const nodes = net.nodes.map((n, i) => ({ ...n, x: 300 + 200 * Math.cos(i * 2.4), y: 180 + 140 * Math.sin(i * 2.4), vx: 0, vy: 0 }));
  const index = new Map(nodes.map((n) => [n.id, n]));
  const edges = net.edges.filter((e) => index.has(e.source) && index.has(e.target));
  for (let step = 0; step < 300; step++) {
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
      a.vx += (dx / d2) * 60; a.vy += (dy / d2) * 60;
    }
    for (const e of edges) {
      const a = index.get(e.source), b = index.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y;
      a.vx += dx * 0.01; a.vy += dy * 0.01; b.vx -= dx * 0.01; b.vy -= dy * 0.01;
    }
    for (const n of nodes) {
      n.vx += (300 - n.x) * 0.02; n.vy += (180 - n.y) * 0.02;
      n.x = Math.min(580, Math.max(20, n.x + n.vx * 0.5)); n.y = Math.min(345, Math.max(15, n.y + n.vy * 0.5));
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }
  const maxc = Math.max(1, ...edges.map((e) => e.count));
  for (const e of edges) {
    const a = index.get(e.source), b = index.get(e.target);
    svg.append(withTip(el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "stroke-width": 1 + (4 * e.count) / maxc }),
      `${e.source} → ${e.target}: ${e.count} event(s)`));
  }
  for (const n of nodes) {
    const g = el("g", { class: "node" });
    g.append(el("circle", { cx: n.x, cy: n.y, r: 4 + Math.sqrt(n.count || 1) }));
    g.append(el("text", { x: n.x + 7, y: n.y + 4 }, n.label || n.id));
    g.addEventListener("click", () => { setFilter("actor", n.id); });
    svg.append(withTip(g, `${n.label || n.id}: ${n.count} event(s); click to filter`));
  }
  if (!nodes.length) svg.append(el("text", { x: 10, y: 20, class: "axis" }, "no dyads"));
}

// ---- event table ---------------------------------------------------------
function drawTable(page) {
  const tbody = $("#events tbody");
  tbody.replaceChildren();
  for (const e of page.items) {
    const tr = el("tr");
    tr.innerHTML = `<td>${esc(e.date)}</td><td>${esc(src(e))}</td>
      <td><span class="tag q${e.quad || 1}">${esc(e.plover)}</span> ${esc(e.mode || "")}</td>
      <td>${esc(tgt(e))}</td><td>${esc(e.place_name || "")}</td><td>${esc(e.cameo || "")}</td>
      <td>${e.num_mentions ?? 1}/${e.num_sources ?? 1}/${e.num_articles ?? 1}</td>
      <td>${e.first_url ? `<a href="${esc(e.first_url)}" target="_blank" rel="noopener">link</a>` : ""}</td>`;
    tr.addEventListener("click", (ev) => { if (ev.target.tagName !== "A") location.hash = `#/event/${encodeURIComponent(e.id)}`; });
    tbody.append(tr);
  }
  $("#event-count").textContent = `${page.total} event(s)`;
  $("#page").textContent = page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total}` : "";
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = page.offset + page.items.length >= page.total;
}

async function refreshOverview() {
  const f = state.filters;
  const [page, timeline, network] = await Promise.all([
    api("events", { ...f, limit: PAGE, offset: state.offset, sort: "-date" }),
    api("timeline", f),
    api("network", { ...f, limit: 30 }),
  ]);
  drawTable(page);
  await drawMap(page.items);
  drawTimeline(timeline);
  drawNetwork(dyadGraph(network));
  document.body.dataset.ready = "overview";
}

function setFilter(name, value) {
  $("#filters").elements[name].value = value;
  $("#filters").requestSubmit();
}

// ---- event view ----------------------------------------------------------
async function showEvent(id) {
  const e = await api(`events/${encodeURIComponent(id)}`);
  const mentions = e.mentions || [];
  const d = $("#detail");
  d.innerHTML = `<section class="panel"><p><a href="#/">← all events</a></p>
    <h2><span class="tag q${e.quad || 1}">${esc(e.plover)}</span> ${esc(src(e))} → ${esc(tgt(e))}</h2>
    <dl class="kv"><dt>date</dt><dd>${esc(e.date)}</dd><dt>place</dt><dd>${esc(e.place_name || "—")}</dd>
    <dt>CAMEO</dt><dd>${esc(e.cameo)} (quad ${esc(e.quad)}, Goldstein ${esc(e.goldstein)})</dd>
    <dt>mode</dt><dd>${esc(e.mode || "—")}</dd>
    <dt>mentions</dt><dd>${e.num_mentions} in ${e.num_articles} article(s) from ${e.num_sources} source(s)</dd></dl>
    <h2>Mentions</h2><ol id="mentions"></ol></section>`;
  const ol = $("#mentions");
  for (const m of mentions) {
    const li = el("li");
    li.innerHTML = `<a href="#/article/${encodeURIComponent(m.article_id)}">${esc(m.title || m.article_id)}</a>
      <small>${esc(m.publisher || "")} ${esc(m.article_date || "")}</small><br>
      <q>${esc(m.sentence_text || m.trigger)}</q><br><small>rule ${esc(m.rule)} · trigger “${esc(m.trigger)}” · chars ${m.start}–${m.end}${m.claimed_by ? " · claimed by " + esc(m.claimed_by.speaker_name || "?") : ""}</small>`;
    ol.append(li);
  }
  document.body.dataset.ready = "event";
}

// ---- article view --------------------------------------------------------
function annotations(doc) {
  const anns = [];
  for (const e of doc.entities || []) for (const m of e.mentions || [])
    anns.push({ start: m.start, end: m.end, cls: `ann ${e.type}`, tip: `${e.type} ${e.canonical}${e.actor ? " [" + e.actor + "]" : ""}${e.role ? "\nrole: " + e.role : ""}\nrule: ${m.rule || e.rule}\nchars ${m.start}–${m.end}` });
  for (const t of doc.times || [])
    anns.push({ start: t.start, end: t.end, cls: "ann time", tip: `${t.type} ${t.value}${t.anchor ? "\nanchor: " + t.anchor : ""}\nrule: ${t.rule}\nchars ${t.start}–${t.end}` });
  for (const q of doc.quotes || [])
    anns.push({ start: q.start, end: q.end, cls: "ann quote", tip: `${q.direct ? "direct" : "reported"} quote by ${q.speaker_name || "?"}${q.via?.length ? "\nvia " + q.via.join(" ← ") : ""}\nverb: ${q.verb || "—"}\nrule: ${q.rule}\nchars ${q.start}–${q.end}` });
  for (const v of doc.events || [])
    anns.push({ start: v.start, end: v.end, cls: `ann event q${v.quad || 1}`, tip: `${v.plover} ${v.cameo || ""} ${(v.aux || []).join(" ")}\n${v.source?.actor || "?"} → ${v.target?.actor || "—"}\ntrigger: ${v.trigger}\nrule: ${v.rule}\nchars ${v.start}–${v.end}` });
  return anns;
}

/// Renders `text` with nested highlight spans; offsets are code points.
function highlighted(text, anns) {
  const chars = [...text];
  const opens = new Map(), closes = new Map();
  anns.sort((a, b) => a.start - b.start || b.end - a.end);
  anns.forEach((a, i) => {
    (opens.get(a.start) || opens.set(a.start, []).get(a.start)).push(i);
    (closes.get(a.end) || closes.set(a.end, []).get(a.end)).push(i);
  });
  const root = el("div", { class: "article-text" });
  const stack = [root];
  let buf = "";
  const flush = () => { if (buf) { stack[stack.length - 1].append(document.createTextNode(buf)); buf = ""; } };
  const openSpans = [];
  for (let i = 0; i <= chars.length; i++) {
    if (closes.has(i)) {
      flush();
      const closing = new Set(closes.get(i));
      // Close every open span that ends here, reopening crossing ones.
      const reopen = [];
      while (openSpans.length && [...closing].some((c) => openSpans.includes(c))) {
        const top = openSpans.pop(); stack.pop();
        if (closing.has(top)) closing.delete(top); else reopen.push(top);
      }
      for (const r of reopen.reverse()) { const s = withTip(el("span", { class: anns[r].cls }), anns[r].tip); stack[stack.length - 1].append(s); stack.push(s); openSpans.push(r); }
    }
    if (opens.has(i)) {
      flush();
      for (const o of opens.get(i)) {
        if (anns[o].end <= i) continue;
        const s = withTip(el("span", { class: anns[o].cls }), anns[o].tip);
        stack[stack.length - 1].append(s); stack.push(s); openSpans.push(o);
      }
    }
    if (i < chars.length) buf += chars[i];
  }
  flush();
  return root;
}

async function showArticle(id) {
  const doc = (await api(`articles/${encodeURIComponent(id)}`)).document;
  const d = $("#detail");
  const s = doc.source || {};
  d.innerHTML = `<section class="panel"><p><a href="#/">← all events</a></p>
    <h2>${esc(s.title || doc.id)}</h2>
    <p><small>${esc(s.publisher || "")} · ${esc(doc.date || "no date")} (${esc(doc.date_source)}) · ${esc(doc.language?.code)} ·
    ${s.url ? `<a href="${esc(s.url)}" target="_blank" rel="noopener">source</a>` : esc(s.path || "")}</small></p>
    <p class="legend"><span class="ann PERSON">person</span><span class="ann ORGANIZATION">organisation</span><span class="ann LOCATION">place</span>
    <span class="ann time">time</span><span class="ann quote">quote</span><span class="ann event q4">event</span> — hover for rule and span</p>
    <div id="article-body"></div>
    <h2>Events</h2><ul id="article-events"></ul></section>`;
  $("#article-body").append(highlighted(doc.text || "", annotations(doc)));
  for (const v of doc.events || []) {
    $("#article-events").append(el("li", {}, `${v.plover} ${v.source?.actor || "?"} → ${v.target?.actor || "—"} · ${v.date || ""} · “${v.trigger}” · rule ${v.rule}`));
  }
  document.body.dataset.ready = "article";
}

// ---- routing -------------------------------------------------------------
async function route() {
  hideTip();
  delete document.body.dataset.ready;
  const [, view, id] = location.hash.match(/^#\/(event|article)\/(.+)$/) || [];
  $("#overview").hidden = !!view;
  $("#detail").hidden = !view;
  try {
    if (view === "event") await showEvent(decodeURIComponent(id));
    else if (view === "article") await showArticle(decodeURIComponent(id));
    else await refreshOverview();
  } catch (err) {
    $("#detail").hidden = false;
    $("#detail").innerHTML = `<section class="panel"><p>Could not load: ${esc(err.message)}</p><p><a href="#/">back</a></p></section>`;
    document.body.dataset.ready = "error";
  }
}

function init() {
  const sel = $("#filters").elements.type;
  for (const t of PLOVER) sel.append(el("option", { value: t }, t));
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = Object.fromEntries([...new FormData(ev.target)].filter(([, v]) => v !== ""));
    state.offset = 0;
    if (location.hash && location.hash !== "#/") location.hash = "#/"; else route();
  });
  $("#filters").addEventListener("reset", () => { state.filters = {}; state.offset = 0; setTimeout(route); });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); route(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; route(); });
  window.addEventListener("hashchange", route);
  route();
}
init();
