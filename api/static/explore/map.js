// Regions on a plain longitude/latitude grid (no base map: tiles would need the network), sized by firm count.
"use strict";

class MapView {
  constructor(svg, { onSelect }) {
    this.svg = svg;
    this.onSelect = onSelect;
  }

  render(collection) {
    const svg = this.svg;
    svg.replaceChildren();
    const feats = collection.features.filter((f) => f.geometry && f.geometry.type === "Point");
    const r = svg.getBoundingClientRect(), W = r.width || 800, H = r.height || 600, pad = 60;
    // China's extent, widened to whatever the data holds; an equirectangular projection, y stretched by 1/cos(lat)
    let [x0, x1, y0, y1] = [100, 125, 20, 42];
    for (const f of feats) {
      const [lon, lat] = f.geometry.coordinates;
      x0 = Math.min(x0, lon - 1); x1 = Math.max(x1, lon + 1); y0 = Math.min(y0, lat - 1); y1 = Math.max(y1, lat + 1);
    }
    const kx = Math.cos((y0 + y1) / 2 * Math.PI / 180);
    const s = Math.min((W - 2 * pad) / ((x1 - x0) * kx), (H - 2 * pad) / (y1 - y0));
    const px = (lon) => pad + (lon - x0) * kx * s, py = (lat) => H - pad - (lat - y0) * s;
    const grid = svgEl("g", {}, svg);
    for (let lon = Math.ceil(x0 / 5) * 5; lon <= x1; lon += 5) {
      svgEl("line", { class: "graticule", x1: px(lon), x2: px(lon), y1: py(y0), y2: py(y1) }, grid);
      svgEl("text", { class: "graticule-label", x: px(lon) + 2, y: py(y0) - 2 }, grid).textContent = `${lon}°E`;
    }
    for (let lat = Math.ceil(y0 / 5) * 5; lat <= y1; lat += 5) {
      svgEl("line", { class: "graticule", x1: px(x0), x2: px(x1), y1: py(lat), y2: py(lat) }, grid);
      svgEl("text", { class: "graticule-label", x: px(x0) + 2, y: py(lat) - 2 }, grid).textContent = `${lat}°N`;
    }
    feats.sort((a, b) => b.properties.firms_total - a.properties.firms_total);  // small circles on top
    for (const f of feats) {
      const p = f.properties, [lon, lat] = f.geometry.coordinates;
      const g = svgEl("g", { class: "region", "data-id": p.id, "data-firms": p.firms_total,
        transform: `translate(${px(lon).toFixed(1)},${py(lat).toFixed(1)})` }, svg);
      svgEl("circle", { r: 4 + 5 * Math.sqrt(p.firms_total) }, g);
      svgEl("text", { x: 6 + 5 * Math.sqrt(p.firms_total), y: 4 }, g).textContent =
        p.firms_total ? `${p.label} ${p.firms_total}` : p.label;
      svgEl("title", {}, g).textContent = `${p.label} (${p.code || p.id}): ${p.firms} firm(s) here, ${p.firms_total} with the regions below`;
      g.addEventListener("click", () => this.onSelect(p.id));
    }
  }
}

window.MapView = MapView;
