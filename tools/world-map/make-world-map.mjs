#!/usr/bin/env node
// Converts Natural Earth country shapes (npm package world-atlas, public
// domain) into theme/data/world-map.tsv, a tab-separated file that copsite's
// C++ build reads to draw its inline SVG world map without a JSON library.
//
// Output format (UTF-8, LF line ends, sorted by code after the first line):
//   #viewBox<TAB>0 0 W H
//   ISO3<TAB>path<TAB>SVG path data (projected, 1 decimal)
//   ISO3<TAB>point<TAB>x y   (projected centroid, for a UN Member State too
//                             small to appear in the 1:110m shapes)
//
// Shapes come from countries-110m.json; points from countries-50m.json, or
// countries-10m.json when a state is missing at 50m. Features without an
// ISO 3166-1 numeric id (Kosovo, N. Cyprus, Somaliland, ...) and Antarctica
// are left out. Lines for territories that are not Member States (Greenland,
// Western Sahara, ...) are kept so the map shows all land; the site decides
// what to link using data/member-states.tsv.
//
// Usage: node make-world-map.mjs [--out FILE] [--members FILE]
// (defaults are the project's theme/data/world-map.tsv and
// data/member-states.tsv). Output is deterministic: re-running it with the
// same pinned package versions gives a byte-identical file.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoEqualEarth, geoArea, geoCentroid, geoPath, geoStream } from "d3-geo";
import countries from "i18n-iso-countries";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : dflt;
}
const OUT = opt("--out", resolve(root, "theme/data/world-map.tsv"));
const MEMBERS = opt("--members", resolve(root, "data/member-states.tsv"));

const WIDTH = 1000;
const PAD = 5; // px of margin around the land inside the viewBox
const ANTARCTICA = "010";

function load(scale) {
  const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), "utf8"));
  return feature(topo, topo.objects.countries).features;
}

function alpha3(f) {
  if (f.id == null) return null;
  return countries.numericToAlpha3(String(f.id)) || null;
}

// The Member States' codes, from the project's reference list.
const members = readFileSync(MEMBERS, "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split("\t")[0]);
if (members.length !== 193) throw new Error(`${MEMBERS}: expected 193 Member States, found ${members.length}`);

// --- shapes (1:110m) -------------------------------------------------------
const shapes = load("110m").filter((f) => f.id !== ANTARCTICA);
const byCode = new Map(); // ISO3 -> [features]
const skipped = [];
for (const f of shapes) {
  const code = alpha3(f);
  if (!code) { skipped.push(f.properties.name); continue; }
  if (!byCode.has(code)) byCode.set(code, []);
  byCode.get(code).push(f);
}

const r1 = (v) => Math.round(v * 10) / 10;
const fmt = (v) => {
  const s = r1(v).toFixed(1);
  return (s.endsWith(".0") ? s.slice(0, -2) : s).replace(/^-0$/, "0");
};

// Projected, clipped SVG path data, coordinates rounded to 0.1 px.
// The first point of each ring is absolute (M); the others are relative (l)
// deltas between already-rounded points, so rounding never accumulates.
// Repeated points after rounding are dropped, and rings that collapse to
// fewer than three distinct points are left out.
function pathData(features) {
  const rings = [];
  let cur = null;
  const sink = {
    point(x, y) {
      const p = [Math.round(x * 10), Math.round(y * 10)]; // tenths of a px, integers
      const last = cur[cur.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) cur.push(p);
    },
    lineStart() { cur = []; },
    lineEnd() {
      if (cur.length > 1 && cur[0][0] === cur[cur.length - 1][0] && cur[0][1] === cur[cur.length - 1][1]) cur.pop();
      if (cur.length >= 3) rings.push(cur);
      cur = null;
    },
    polygonStart() {}, polygonEnd() {}, sphere() {},
  };
  const stream = projection.stream(sink);
  for (const f of features) geoStream(f, stream);
  const t = (v) => fmt(v / 10);
  let d = "";
  for (const r of rings) {
    d += `M${t(r[0][0])} ${t(r[0][1])}l`;
    const parts = [];
    for (let i = 1; i < r.length; i++) parts.push(`${t(r[i][0] - r[i - 1][0])} ${t(r[i][1] - r[i - 1][1])}`);
    d += parts.join(" ").replace(/ -/g, "-") + "z";
  }
  return d;
}

// --- points for Member States missing from the 1:110m shapes ----------------
// Geographic centroids first: they also take part in fitting the projection,
// so that no dot falls outside the viewBox (Tuvalu lies at 179°E, where the
// Equal Earth outline is wider than at Russia's or Fiji's extremes).
const missing = members.filter((c) => !byCode.has(c));
const fallback = { "50m": null, "10m": null };
const unplaced = [];
const centroids = []; // [code, [lon, lat]]
for (const code of missing) {
  let found = null;
  for (const scale of ["50m", "10m"]) {
    fallback[scale] ??= load(scale);
    const feats = fallback[scale].filter((f) => alpha3(f) === code);
    if (feats.length) { found = feats; break; }
  }
  if (!found) { unplaced.push(code); continue; }
  // Centroid of the largest polygon: keeps the dot on the main island of
  // archipelagos spread over a wide area (Kiribati, Micronesia, ...).
  let best = null, bestArea = -1;
  for (const f of found) {
    const g = f.geometry;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    for (const p of polys) {
      const poly = { type: "Polygon", coordinates: p };
      const a = geoArea(poly);
      if (a > bestArea) { bestArea = a; best = poly; }
    }
  }
  centroids.push([code, geoCentroid(best)]);
}
if (unplaced.length) throw new Error(`Member States with no shape at any scale: ${unplaced.join(" ")}`);

// --- projection: Equal Earth fitted to WIDTH, height from the land's extent --
const all = {
  type: "FeatureCollection",
  features: [...shapes, { type: "Feature", geometry: { type: "MultiPoint", coordinates: centroids.map((c) => c[1]) } }],
};
const projection = geoEqualEarth().fitWidth(WIDTH - 2 * PAD, all);
const [[, y0], [, y1]] = geoPath(projection).bounds(all);
const HEIGHT = Math.ceil(y1 - y0) + 2 * PAD;
// Refit to the final integer extent (width stays the binding constraint).
projection.fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], all);

const lines = [];
for (const [code, feats] of byCode) {
  const d = pathData(feats);
  if (d) lines.push([code, "path", d]);
  else byCode.delete(code);
}
for (const [code, lonlat] of centroids) {
  const [x, y] = projection(lonlat);
  lines.push([code, "point", `${fmt(x)} ${fmt(y)}`]);
}

const count = new Map();
for (const [code] of lines) count.set(code, (count.get(code) || 0) + 1);
const bad = members.filter((c) => count.get(c) !== 1);
if (bad.length) throw new Error(`Member States without exactly one line: ${bad.join(" ")}`);

lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const out = `#viewBox\t0 0 ${WIDTH} ${HEIGHT}\n` + lines.map((l) => l.join("\t")).join("\n") + "\n";
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, out);

const nPath = lines.filter((l) => l[1] === "path").length;
const nPoint = lines.length - nPath;
const others = lines.filter((l) => !members.includes(l[0])).map((l) => l[0]);
process.stderr.write(
  `wrote ${OUT}: viewBox 0 0 ${WIDTH} ${HEIGHT}, ${nPath} path + ${nPoint} point lines, ${out.length} bytes\n` +
  `  not Member States (drawn, unlinked): ${others.join(" ")}\n` +
  `  skipped (no ISO numeric id): ${skipped.join(", ")}\n`,
);
