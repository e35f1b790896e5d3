// The explorer page: search, neighbourhoods, details with evidence, type filter, export, map.
// It calls only this service (same origin).
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = { config: null, geo: null, tab: "graph" };

function idOf(iri) { const i = iri.indexOf("/id/"); return i >= 0 ? iri.slice(i + 4) : iri; }
function entityPath(id) { return "/entities/" + id.split("/").map(encodeURIComponent).join("/"); }
// the entity's own page: its IRI dereferenced on this server (HTML for a browser)
function pagePath(id) { return "/id/" + id.split("/").map(encodeURIComponent).join("/"); }
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c);
  return el;
}

async function getJSON(url, options) {
  const r = await fetch(url, options);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || `${r.status} ${r.statusText}`);
  return body;
}

function showError(message) { $("#hint").hidden = false; $("#hint").textContent = message; }

const graph = new GraphView($("#graph"), { onSelect: select, onExpand: expand });
const map = new MapView($("#map"), { onSelect: (id) => { setTab("graph"); focus(id); } });

function updateStats() {
  const ids = graph.visibleNodeIds();
  const edges = [...graph.edges.values()].filter((e) => graph.visible(e.data.source) && graph.visible(e.data.target));
  $("#stats").textContent = `${ids.length} nodes, ${edges.length} edges shown (${graph.nodes.size} loaded)`;
  $("#stats").dataset.nodes = ids.length;
  $("#hint").hidden = graph.nodes.size > 0;
}

async function neighbourhood(name) {
  const data = await getJSON(`/export?format=cytoscape&depth=1&focus=${encodeURIComponent(name)}`);
  graph.add(data.elements);
  return data.data.focus;
}

async function focus(name) {
  try {
    const id = await neighbourhood(name);
    graph.markExpanded(id);
    await select(id);
    history.replaceState(null, "", `/explore?focus=${encodeURIComponent(id)}`);
  } catch (e) { showError(e.message); }
  updateStats();
}

async function expand(id) {
  try {
    await neighbourhood(id);
    graph.markExpanded(id);
    graph.select(id);
  } catch (e) { showError(e.message); }
  updateStats();
}

function evidenceList(items) {
  return (items || []).filter((e) => e.sentence).map((e) =>
    h("blockquote", { class: "evidence" }, e.sentence, h("cite", {}, e.title || idOf(e.document))));
}

function relationItem(rel, incoming) {
  const other = incoming ? rel.subject : rel.object;
  const label = incoming ? (rel.subject_label || idOf(rel.subject)) : rel.object_label;
  const link = h("a", { "data-id": idOf(other), onclick: () => focus(idOf(other)) }, label);
  const line = incoming ? [link, ` —${rel.predicate}→ this`] : [`this —${rel.predicate}→ `, link];
  return h("div", { class: "relation" }, ...line, ...evidenceList(rel.evidence));
}

async function select(id) {
  graph.select(id);
  const panel = $("#details");
  panel.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  let e;
  try { e = await getJSON(entityPath(id)); } catch (err) { panel.replaceChildren(h("p", {}, err.message)); return; }
  const color = (state.config && state.config.types[e.type]) || "#999";
  const node = graph.nodes.get(id);
  panel.replaceChildren(...[
    h("h2", { class: "title" }, e.label),
    h("p", {}, h("span", { class: "badge", style: `background:${color}` }, e.type || "?"), " ", h("code", {}, e.id)),
    e.aliases && e.aliases.length ? h("p", { class: "muted" }, "Also: " + e.aliases.join("、")) : null,
    e.code ? h("p", { class: "muted" }, `Code ${e.code}`) : null,
    h("p", {},
      h("button", { id: "expand", type: "button", onclick: () => expand(id) }, graph.expanded.has(id) ? "Expanded" : "Expand"),
      " ", h("a", { id: "entity-page", href: pagePath(id), target: "_blank" }, "Entity page"),
      node ? h("span", { class: "muted" }, ` · degree ${node.data.degree}`) : null),
    h("h2", {}, `Relations (${(e.relations || []).length + (e.incoming || []).length})`),
    ...(e.relations || []).map((r) => relationItem(r, false)),
    ...(e.incoming || []).map((r) => relationItem(r, true)),
    (e.observations || []).length ? h("h2", {}, "Observations") : null,
    (e.observations || []).length ? h("table", { class: "obs" }, ...e.observations.map((o) =>
      h("tr", {}, h("td", {}, o.period || ""), h("td", {}, o.indicator), h("td", {}, `${o.value} ${o.unit}`)))) : null,
  ].filter((x) => x !== null));
}

async function search(q, pick) {
  const list = $("#results");
  if (!q.trim()) { list.hidden = true; return; }
  let body;
  try { body = await getJSON(`/entities?limit=12&q=${encodeURIComponent(q)}`); } catch (e) { showError(e.message); return; }
  list.replaceChildren(...body.items.map((c) => h("li", { role: "option", "data-id": c.id,
    onclick: () => { list.hidden = true; focus(c.id); } },
    h("span", { class: "swatch", style: `background:${state.config.types[c.type] || "#999"}` }), c.label,
    h("span", { class: "id" }, `${c.type} · ${c.id}`))));
  if (!body.items.length) list.replaceChildren(h("li", {}, `Nothing found for “${q}”`));
  list.hidden = false;
  if (pick && body.items.length) { list.hidden = true; focus(body.items[0].id); }
}

function buildControls() {
  const types = $("#types");
  for (const [type, color] of Object.entries(state.config.types)) {
    types.append(h("label", {}, h("input", { type: "checkbox", checked: "", value: type, onchange: () => {
      const hidden = [...types.querySelectorAll("input:not(:checked)")].map((i) => i.value);
      graph.setHiddenTypes(hidden); updateStats();
    } }), h("span", { class: "swatch", style: `background:${color}` }), type));
  }
  const sel = $("#export-format");
  for (const [name, tool] of Object.entries(state.config.formats))
    sel.append(h("option", { value: name, title: tool }, `${name} (${tool})`));
}

async function exportView() {
  const nodes = graph.visibleNodeIds();
  if (!nodes.length) { showError("Nothing to export: search for an entity first."); return; }
  const format = $("#export-format").value;
  const r = await fetch("/export", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ format, nodes }) });
  if (!r.ok) { showError(`Export failed: ${r.status}`); return; }
  const name = (r.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
  const a = h("a", { href: URL.createObjectURL(await r.blob()), download: name ? name[1] : `kg-view.${format}` });
  document.body.append(a); a.click(); a.remove();
}

async function setTab(tab) {
  state.tab = tab;
  $("#tab-graph").setAttribute("aria-selected", tab === "graph");
  $("#tab-map").setAttribute("aria-selected", tab === "map");
  // SVG elements have no `hidden` property: set the attribute
  $("#graph").toggleAttribute("hidden", tab !== "graph");
  $("#map").toggleAttribute("hidden", tab !== "map");
  $("#hint").hidden = tab === "map" || graph.nodes.size > 0;
  if (tab === "map") {
    if (!state.geo) state.geo = await getJSON("/export?format=geojson");
    map.render(state.geo);
  }
}

async function main() {
  state.config = await getJSON("/explore/config");
  buildControls();
  let timer = null;
  $("#q").addEventListener("input", (ev) => { clearTimeout(timer); timer = setTimeout(() => search(ev.target.value), 250); });
  $("#search").addEventListener("submit", (ev) => { ev.preventDefault(); search($("#q").value, true); });
  document.addEventListener("click", (ev) => { if (!$("#search").contains(ev.target)) $("#results").hidden = true; });
  $("#export").addEventListener("click", exportView);
  $("#clear").addEventListener("click", () => { graph.clear(); updateStats(); history.replaceState(null, "", "/explore"); });
  $("#tab-graph").addEventListener("click", () => setTab("graph"));
  $("#tab-map").addEventListener("click", () => setTab("map"));
  const params = new URLSearchParams(location.search);
  if (params.get("view") === "map") await setTab("map");
  if (params.get("focus")) await focus(params.get("focus"));
  document.body.dataset.ready = "true";
}

main().catch((e) => showError(e.message));
