// A small force-directed graph in SVG: nodes coloured by type, merged from Cytoscape-JSON elements.
// Our own code: no library, so the explorer works offline and nothing third-party is committed.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs, parent) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

class GraphView {
  constructor(svg, { onSelect, onExpand }) {
    this.svg = svg;
    this.onSelect = onSelect;
    this.onExpand = onExpand;
    this.nodes = new Map();  // id -> {data, x, y, vx, vy, el, pinned}
    this.edges = new Map();  // id -> {data, el}
    this.hiddenTypes = new Set();
    this.selected = null;
    this.expanded = new Set();
    this.view = { x: 0, y: 0, k: 1 };
    this.alpha = 0;
    const defs = svgEl("defs", {}, svg);
    const marker = svgEl("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7",
      markerHeight: "7", orient: "auto-start-reverse" }, defs);
    svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#a9b0bb" }, marker);
    this.root = svgEl("g", { class: "viewport" }, svg);
    this.edgeLayer = svgEl("g", { class: "edges" }, this.root);
    this.nodeLayer = svgEl("g", { class: "nodes" }, this.root);
    this.bindPanZoom();
  }

  size() {
    const r = this.svg.getBoundingClientRect();
    return { w: r.width || 800, h: r.height || 600 };
  }

  clear() {
    this.nodes.clear(); this.edges.clear(); this.expanded.clear(); this.selected = null; this.userMoved = false;
    this.edgeLayer.replaceChildren(); this.nodeLayer.replaceChildren();
  }

  // Merge Cytoscape.js elements ({nodes: [{data}], edges: [{data}]}); returns how many nodes were new.
  add(elements) {
    const { w, h } = this.size();
    let added = 0;
    for (const n of elements.nodes) {
      const d = n.data;
      if (this.nodes.has(d.id)) { Object.assign(this.nodes.get(d.id).data, d); continue; }
      const anchor = this.anchorFor(d.id, elements.edges);
      const angle = Math.random() * 2 * Math.PI, r = anchor ? 60 : 0;
      const x = anchor ? anchor.x + r * Math.cos(angle) : w / 2 + (Math.random() - .5) * 40;
      const y = anchor ? anchor.y + r * Math.sin(angle) : h / 2 + (Math.random() - .5) * 40;
      this.nodes.set(d.id, { data: d, x, y, vx: 0, vy: 0, el: this.drawNode(d) });
      added++;
    }
    for (const e of elements.edges) {
      const d = e.data;
      if (this.edges.has(d.id) || !this.nodes.has(d.source) || !this.nodes.has(d.target)) continue;
      this.edges.set(d.id, { data: d, el: this.drawEdge(d) });
      this.edges.get(d.id).el.classList.toggle("near", d.source === this.selected || d.target === this.selected);
    }
    this.applyFilter();
    this.kick(added ? 1 : 0.3);
    return added;
  }

  anchorFor(id, edges) {
    for (const e of edges) {
      const other = e.data.source === id ? e.data.target : e.data.target === id ? e.data.source : null;
      if (other && this.nodes.has(other)) return this.nodes.get(other);
    }
    return null;
  }

  radius(d) { return Math.min(22, 6 + 2.2 * Math.sqrt(d.degree || 0)); }

  drawNode(d) {
    const g = svgEl("g", { class: "node", "data-id": d.id, "data-type": d.type, tabindex: "0", role: "button",
      "aria-label": `${d.label} (${d.type})` }, this.nodeLayer);
    svgEl("circle", { r: this.radius(d), fill: d.color || "#999" }, g);
    const t = svgEl("text", { y: this.radius(d) + 12, "text-anchor": "middle" }, g);
    t.textContent = d.label;
    svgEl("title", {}, g).textContent = `${d.label} · ${d.type} · ${d.id}\ndegree ${d.degree}; double-click to expand`;
    g.addEventListener("click", (ev) => { ev.stopPropagation(); if (!this.dragMoved) this.onSelect(d.id); });
    g.addEventListener("dblclick", (ev) => { ev.stopPropagation(); this.onExpand(d.id); });
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onSelect(d.id); if (ev.key === "+") this.onExpand(d.id); });
    this.bindDrag(g, d.id);
    return g;
  }

  drawEdge(d) {
    const g = svgEl("g", { class: "edge", "data-id": d.id, "data-predicate": d.predicate }, this.edgeLayer);
    svgEl("line", { "marker-end": "url(#arrow)" }, g);
    svgEl("text", { "text-anchor": "middle" }, g).textContent = d.predicate;
    svgEl("title", {}, g).textContent = `${d.predicate} · ${d.documents} document(s)`;
    return g;
  }

  visible(id) {
    const n = this.nodes.get(id);
    return n && (!this.hiddenTypes.has(n.data.type) || id === this.selected);
  }

  setHiddenTypes(types) { this.hiddenTypes = new Set(types); this.applyFilter(); this.kick(0.3); }

  applyFilter() {
    for (const [id, n] of this.nodes) n.el.style.display = this.visible(id) ? "" : "none";
    for (const e of this.edges.values())
      e.el.style.display = this.visible(e.data.source) && this.visible(e.data.target) ? "" : "none";
  }

  visibleNodeIds() { return [...this.nodes.keys()].filter((id) => this.visible(id)); }

  select(id) {
    this.selected = id;
    for (const [nid, n] of this.nodes) n.el.classList.toggle("selected", nid === id);
    for (const e of this.edges.values()) e.el.classList.toggle("near", e.data.source === id || e.data.target === id);
    this.applyFilter();
  }

  markExpanded(id) {
    this.expanded.add(id);
    const n = this.nodes.get(id);
    if (n) n.el.classList.add("expanded");
  }

  kick(alpha) { const start = this.alpha <= 0.02; this.alpha = Math.max(this.alpha, alpha); if (start) this.loop(); }

  loop() {
    const step = () => {
      this.tick();
      this.render();
      this.alpha *= 0.97;
      if (!this.userMoved) this.fit();
      if (this.alpha > 0.02) requestAnimationFrame(step); else this.alpha = 0;
    };
    requestAnimationFrame(step);
  }

  // One step of a plain force layout: pairwise repulsion, springs along edges, a pull to the centre.
  tick() {
    const ids = this.visibleNodeIds(), { w, h } = this.size(), a = this.alpha;
    const pts = ids.map((id) => this.nodes.get(id));
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      for (let j = i + 1; j < pts.length; j++) {
        const q = pts[j];
        let dx = p.x - q.x, dy = p.y - q.y, d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random() - .5; dy = Math.random() - .5; d2 = 0.25; }
        if (d2 > 250000) continue;
        const f = 1200 / d2 * a;
        p.vx += dx * f; p.vy += dy * f; q.vx -= dx * f; q.vy -= dy * f;
      }
    }
    for (const e of this.edges.values()) {
      if (!this.visible(e.data.source) || !this.visible(e.data.target)) continue;
      const s = this.nodes.get(e.data.source), t = this.nodes.get(e.data.target);
      const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 80) / d * 0.1 * a;
      s.vx += dx * f; s.vy += dy * f; t.vx -= dx * f; t.vy -= dy * f;
    }
    for (const p of pts) {
      p.vx += (w / 2 - p.x) * 0.004 * a; p.vy += (h / 2 - p.y) * 0.004 * a;
      if (p.pinned) { p.vx = 0; p.vy = 0; continue; }
      p.vx *= 0.6; p.vy *= 0.6;
      p.x += Math.max(-30, Math.min(30, p.vx)); p.y += Math.max(-30, Math.min(30, p.vy));
    }
  }

  render() {
    for (const n of this.nodes.values()) n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
    for (const e of this.edges.values()) {
      const s = this.nodes.get(e.data.source), t = this.nodes.get(e.data.target);
      const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const rt = this.radius(t.data) + 2, rs = this.radius(s.data);
      const [line, text] = e.el.children;
      line.setAttribute("x1", s.x + dx / d * rs); line.setAttribute("y1", s.y + dy / d * rs);
      line.setAttribute("x2", t.x - dx / d * rt); line.setAttribute("y2", t.y - dy / d * rt);
      text.setAttribute("x", (s.x + t.x) / 2); text.setAttribute("y", (s.y + t.y) / 2 - 3);
    }
    this.root.setAttribute("transform", `translate(${this.view.x},${this.view.y}) scale(${this.view.k})`);
    // labels keep a readable size on screen when the view is zoomed out to fit
    const k = Math.max(this.view.k, 0.45);
    this.root.style.setProperty("--label", `${(12 / Math.min(k, 1)).toFixed(1)}px`);
    this.root.style.setProperty("--edge-label", `${(10 / Math.min(k, 1)).toFixed(1)}px`);
  }

  // Zoom and pan so that every visible node fits, until the user pans or zooms themselves.
  fit() {
    const pts = this.visibleNodeIds().map((id) => this.nodes.get(id));
    if (!pts.length) return;
    const { w, h } = this.size(), m = 50;
    const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
    const x0 = Math.min(...xs) - m, x1 = Math.max(...xs) + m, y0 = Math.min(...ys) - m, y1 = Math.max(...ys) + m;
    const k = Math.min(1.6, w / (x1 - x0), h / (y1 - y0));
    this.view = { k, x: w / 2 - (x0 + x1) / 2 * k, y: h / 2 - (y0 + y1) / 2 * k };
    this.render();
  }

  toGraph(ev) {
    const r = this.svg.getBoundingClientRect();
    return { x: (ev.clientX - r.left - this.view.x) / this.view.k, y: (ev.clientY - r.top - this.view.y) / this.view.k };
  }

  bindDrag(g, id) {
    g.addEventListener("pointerdown", (ev) => {
      ev.stopPropagation();
      const n = this.nodes.get(id), start = this.toGraph(ev);
      const off = { x: n.x - start.x, y: n.y - start.y };
      this.dragMoved = false;
      const move = (e) => {
        const p = this.toGraph(e);
        if (Math.abs(p.x + off.x - n.x) + Math.abs(p.y + off.y - n.y) > 2) this.dragMoved = true;
        n.x = p.x + off.x; n.y = p.y + off.y; n.pinned = true; this.render();
      };
      const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up);
        setTimeout(() => { this.dragMoved = false; }, 0); };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
  }

  bindPanZoom() {
    this.svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const r = this.svg.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
      const k = Math.max(0.2, Math.min(5, this.view.k * (ev.deltaY < 0 ? 1.1 : 1 / 1.1)));
      this.view.x = mx - (mx - this.view.x) * k / this.view.k; this.view.y = my - (my - this.view.y) * k / this.view.k;
      this.view.k = k; this.userMoved = true; this.render();
    }, { passive: false });
    this.svg.addEventListener("pointerdown", (ev) => {
      const start = { x: ev.clientX - this.view.x, y: ev.clientY - this.view.y };
      const move = (e) => { this.view.x = e.clientX - start.x; this.view.y = e.clientY - start.y; this.userMoved = true; this.render(); };
      const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
  }
}

window.GraphView = GraphView;
window.svgEl = svgEl;
