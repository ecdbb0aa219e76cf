// The dashboard: plain JavaScript over the public JSON API, no build step and no outside network. A dashboard developer can copy
// any of these calls; each one is documented in /swagger.
"use strict";

const api = async (path) => {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
};
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
};
const svgEl = (tag, attrs = {}) => {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};
const money = (v, currency) => {
  const [d, unit] = v >= 1e9 ? [v / 1e9, "B"] : v >= 1e6 ? [v / 1e6, "M"] : v >= 1e3 ? [v / 1e3, "K"] : [v, ""];
  return `${currency} ${Number(d.toFixed(1))}${unit}`;
};
const words = (s) => s.replaceAll("_", " ");

// The first screen: the largest pairs by their latest two-way total (the pairs with targets among them), never a list in key order
// that starts with pairs nobody looks for; any other pair is one search or one link away (#/pairs/CHN-DEU).
async function loadPairs() {
  const [pairs, targets] = await Promise.all([api("/api/v1/pairs?sort=-latestValue&limit=100"), api("/api/v1/targets?limit=1000")]);
  const byPair = new Map();
  for (const t of targets.items) {
    const list = byPair.get(t.target.pair) ?? [];
    list.push(t.evaluation.status);
    byPair.set(t.target.pair, list);
  }
  const body = document.querySelector("#pairs-table tbody");
  for (const p of pairs.items) {
    const button = el("button", { class: "pair", type: "button", "data-pair": p.key, "aria-pressed": "false" }, `${p.a.name} – ${p.b.name}`);
    button.addEventListener("click", () => selectPair(p.key));
    const statuses = byPair.get(p.key) ?? [];
    const summary = statuses.length === 0 ? "none" : [...new Set(statuses)].map((s) => `${statuses.filter((x) => x === s).length} ${words(s)}`).join(", ");
    body.append(el("tr", {}, el("td", {}, button),
      el("td", {}, p.latest ? `${money(p.latest.value, p.latest.currency)} (${p.latest.year}, ${p.latest.source})` : "–"),
      el("td", {}, summary)));
  }
  document.getElementById("pairs-status").textContent = `The ${pairs.items.length} largest pair(s) by latest total${pairs.hasMore ? "; search for any other" : ""}`;
  document.getElementById("pairs-table").hidden = false;
  performance.mark("pairs-rendered");
  const wanted = pairInHash();
  const first = wanted ?? (pairs.items.find((p) => byPair.has(p.key)) ?? pairs.items[0])?.key;
  const country = countryInHash();
  if (country) await showCountry(country, false);
  if (first) await selectPair(first, false, false);
  if (country) history.replaceState(null, "", `#/countries/${country}`);
}

function countryInHash() {
  const hash = decodeURIComponent(location.hash.slice(1));
  return hash.startsWith("/countries/") && /^[A-Za-z]{3}$/.test(hash.slice(11)) ? hash.slice(11).toUpperCase() : null;
}

// A country's page: its partners ranked by their trade with it (official figures), with share, balance and growth; each opens its pair.
async function showCountry(code, push = true) {
  const section = document.getElementById("country");
  const p = await api(`/api/v1/countries/${code}/partners`);
  if (push) history.pushState(null, "", `#/countries/${p.country.iso3}`);
  document.getElementById("country-title").textContent = p.year === null
    ? `${p.country.name}: no official figures held`
    : `${p.country.name}: partners in ${p.year}, ${money(p.total, "USD")} in all`;
  const pct = (v) => (v === null ? "–" : `${v > 0 ? "+" : ""}${v} %`);
  document.querySelector("#partners-table tbody").replaceChildren(...p.items.map((x, i) => {
    const b = el("button", { class: "pair", type: "button", "data-pair": x.pair }, x.country.name);
    b.addEventListener("click", () => selectPair(x.pair));
    return el("tr", { "data-partner": x.country.iso3 }, el("td", {}, String(i + 1)), el("td", {}, b), el("td", {}, money(x.total, "USD")),
      el("td", {}, x.sharePercent === null ? "–" : `${x.sharePercent} %`), el("td", {}, x.balance === null ? "–" : `${x.balance < 0 ? "−" : ""}${money(Math.abs(x.balance), "USD")}`),
      el("td", {}, pct(x.growthPercent)), el("td", {}, x.reportedBy));
  }));
  section.hidden = false;
  if (push) section.scrollIntoView({ block: "start" });
}

// Deep links: #/pairs/CHN-DEU (and the older #CHN-DEU); back and forward move between the pairs opened.
function pairInHash() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const key = hash.startsWith("/pairs/") ? hash.slice("/pairs/".length) : hash;
  return /^[A-Za-z]{3}-[A-Za-z]{3}$/.test(key) ? key.toUpperCase() : null;
}
window.addEventListener("popstate", () => {
  const key = pairInHash(), country = countryInHash();
  if (key) selectPair(key, false, false);
  if (country) showCountry(country, false);
});

// Search: each word is a country (name, code, alias or demonym, through the gazetteer); one word lists its pairs, two words the pairs
// of the first with the second ("germ chi" offers Germany – China).
let searchTimer;
async function searchPairs(value) {
  const out = document.getElementById("search-results");
  const words = value.trim().split(/[\s,–-]+/).filter((w) => w.length >= 2).slice(0, 2);
  if (words.length === 0) { out.replaceChildren(); return; }
  const matches = await Promise.all(words.map((w) => api(`/api/v1/countries?q=${encodeURIComponent(w)}&limit=20`)));
  const codes = matches.map((m) => m.items.map((c) => c.iso3));
  if (codes.some((c) => c.length === 0)) {
    out.replaceChildren(el("li", {}, `No country matches "${words[codes.findIndex((c) => c.length === 0)]}".`));
    return;
  }
  const pairs = await api(`/api/v1/pairs?country=${codes[0].join(",")}&sort=-latestValue&limit=${words.length === 1 ? 20 : 1000}`);
  // One word: the matching countries' own pages first.
  const pages = words.length === 1 ? matches[0].items.slice(0, 3).map((c) => {
    const a = el("a", { href: `#/countries/${c.iso3}`, class: "country-link", "data-country": c.iso3 }, `${c.name}: partners ranked`);
    a.addEventListener("click", (e) => { e.preventDefault(); showCountry(c.iso3); });
    return el("li", {}, a);
  }) : [];
  const found = words.length === 1 ? pairs.items
    : pairs.items.filter((p) => codes[1].includes(p.a.iso3) && codes[0].includes(p.b.iso3) || codes[1].includes(p.b.iso3) && codes[0].includes(p.a.iso3));
  out.replaceChildren(...pages, ...(found.length === 0 ? [el("li", {}, "No pair with facts matches.")] : found.slice(0, 20).map((p) => {
    const b = el("button", { class: "pair", type: "button", "data-pair": p.key }, `${p.a.name} – ${p.b.name}`);
    b.addEventListener("click", () => selectPair(p.key));
    return el("li", {}, b, p.latest ? ` ${money(p.latest.value, p.latest.currency)} (${p.latest.year})` : "");
  })));
}
document.getElementById("pair-search").addEventListener("input", (e) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => searchPairs(e.target.value).catch((err) => {
    document.getElementById("search-results").replaceChildren(el("li", {}, `Search failed: ${err.message}`));
  }), 200);
});

async function selectPair(key, focus = true, push = true) {
  for (const b of document.querySelectorAll("button.pair")) b.setAttribute("aria-pressed", String(b.dataset.pair === key));
  if (push) history.pushState(null, "", `#/pairs/${key}`);
  else history.replaceState(null, "", `#/pairs/${key}`);
  let official, mirror, stated, targets;
  try {
    // Both sides: each country's own official figures (bilateral statistics rarely agree; the gap is the point).
    [official, mirror, stated, targets] = await Promise.all([
      api(`/api/v1/pairs/${key}/series?source=official`),
      api(`/api/v1/pairs/${key}/series?source=official&reporter=${key.split("-")[1]}`),
      api(`/api/v1/pairs/${key}/volumes?source=stated&flow=total&limit=1000`),
      api(`/api/v1/pairs/${key}/targets?limit=1000`),
    ]);
  } catch (e) {
    document.getElementById("pair-title").textContent = `${key}: no figures could be loaded (${e.message})`;
    document.getElementById("chart").replaceChildren();
    return;
  }
  document.getElementById("pair-title").textContent = `${key}: trade in ${official.currency}`;
  drawChart(official, mirror, stated.items.filter((v) => v.currency === official.currency), targets.items);
  fillTables(official, mirror, stated.items, targets.items);
  document.getElementById("evidence").replaceChildren(el("p", { class: "help" }, "Select a stated figure to read its document here."));
  performance.mark("pair-rendered");
  if (focus) document.getElementById("pair").focus();
}

function drawChart(official, mirror, stated, targets) {
  // Drawn at the width it is shown at (a phone's 340 px, a desktop's 760), so its 12 px text stays 12 px instead of being scaled down.
  const W = Math.round(Math.min(760, Math.max(300, document.getElementById("chart").clientWidth || 760))), H = W < 500 ? 300 : 360, L = 78, R = 16, T = 16, B = 46;
  const levels = targets.filter((t) => t.target.value !== null && t.target.currency === official.currency);
  // A target runs from the year it was stated (the document's date), or else its base year, to its deadline (as chart.svg draws it).
  const statedIn = (t) => (t.target.provenance.publishedOn ? Number(t.target.provenance.publishedOn.slice(0, 4)) : null);
  const startOf = (t) => statedIn(t) ?? t.target.baseYear ?? t.evaluation.deadline ?? 0;
  const years = [...official.points.map((p) => p.year), ...mirror.points.map((p) => p.year), ...stated.map((s) => s.year), ...levels.flatMap((t) => [startOf(t), t.evaluation.deadline ?? startOf(t)])].filter((y) => y > 0);
  const x0 = years.length ? Math.min(...years) : 2000, x1 = Math.max(years.length ? Math.max(...years) : 2020, x0 + 1);
  const max = Math.max(1, ...official.points.map((p) => p.value), ...mirror.points.map((p) => p.value), ...stated.map((s) => s.value), ...levels.map((t) => t.target.value));
  const step = [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(max / 4))).find((s) => s >= max / 4);
  const yMax = step * Math.ceil(max / step);
  const X = (y) => L + ((W - L - R) * (y - x0)) / (x1 - x0);
  const Y = (v) => H - B - ((H - T - B) * v) / yMax;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Chart of ${official.pair}` });
  for (let v = 0; v <= yMax + 1; v += step) {
    svg.append(svgEl("line", { x1: L, x2: W - R, y1: Y(v), y2: Y(v), stroke: "#e5e5e5" }));
    const label = svgEl("text", { x: L - 6, y: Y(v) + 4, "text-anchor": "end", "font-size": 12, fill: "#444" });
    label.textContent = money(v, official.currency);
    svg.append(label);
  }
  const every = Math.max(1, Math.ceil((x1 - x0) / Math.max(2, Math.floor((W - L - R) / 44))));
  for (let y = x0; y <= x1; y += every) {
    const label = svgEl("text", { x: X(y), y: H - B + 18, "text-anchor": "middle", "font-size": 12, fill: "#444" });
    label.textContent = y;
    svg.append(label);
  }
  for (const t of levels) {
    const a = startOf(t), b = Math.max(a, t.evaluation.deadline ?? a);
    const g = svgEl("g", { class: "target", "data-status": t.evaluation.status, "data-value": t.target.value });
    g.append(svgEl("line", { x1: X(a), x2: X(b), y1: Y(t.target.value), y2: Y(t.target.value), stroke: "#b3541e", "stroke-width": 2, "stroke-dasharray": "6 4" }));
    const label = svgEl("text", { x: X(b), y: Y(t.target.value) - 6, "text-anchor": "end", "font-size": 12, fill: "#b3541e" });
    // The status, then what the latest figure is, dated: "missed; 2020: 104 % of it" says the level came after the deadline.
    const latest = t.evaluation.latest;
    const progress = t.evaluation.progress === null || !latest ? "" : `; ${latest.year}: ${Math.round(t.evaluation.progress * 100)} % of it`;
    label.textContent = `target ${money(t.target.value, t.target.currency)} by ${b}: ${words(t.evaluation.status)}${progress}`;
    g.append(label);
    svg.append(g);
  }
  // One line per reporting country: the partner's dashed beneath, the first named's solid on top.
  const line = (series, lineClass, pointClass, colour, dash) => {
    if (!series.points.length) return;
    svg.append(svgEl("polyline", { class: lineClass, fill: "none", stroke: colour, "stroke-width": 2, "stroke-dasharray": dash,
      points: series.points.map((p) => `${X(p.year)},${Y(p.value)}`).join(" ") }));
    for (const p of series.points) {
      const c = svgEl("circle", { class: pointClass, cx: X(p.year), cy: Y(p.value), r: 3, fill: colour, "data-year": p.year, "data-value": p.value });
      const title = svgEl("title");
      title.textContent = `${p.year} official ${money(p.value, series.currency)} (${series.reporter} reports)`;
      c.append(title);
      svg.append(c);
    }
  };
  line(mirror, "official-mirror", "mirror-point", "#0f8b8d", "5 3");
  line(official, "official", "official-point", "#1f5fa8", "none");
  for (const s of stated) {
    const o = official.points.find((p) => p.year === s.year);
    // The service's one verdict (either side's official figure, the figure's own tolerance), never a rule of the page's own.
    const verdict = s.check?.verdict ?? "no_data";
    const conflict = verdict === "overstated" || verdict === "understated";
    const label = `${s.year} stated ${money(s.value, s.currency)}${s.qualifier && s.qualifier !== "exact" ? ` (${words(s.qualifier)})` : ""}, ${words(verdict)}${o ? `; official ${money(o.value, s.currency)}` : ""}`;
    // Filled by review state: what an analyst confirmed or corrected stands apart from what the extractor alone says.
    const fill = { confirmed: "#1b7a2c", corrected: "#6a4c93" }[s.review] ?? "#e8a21a";
    const c = svgEl("circle", { class: `stated${conflict ? " conflict" : ""}`, cx: X(s.year), cy: Y(s.value), r: 7, fill,
      stroke: conflict ? "#c0142b" : "#7a5206", "stroke-width": conflict ? 3 : 1, tabindex: 0, role: "button",
      "aria-label": `${label}; ${s.review}, confidence ${s.confidence ?? "unknown"}`,
      "data-year": s.year, "data-value": s.value, "data-document": s.provenance.documentId, "data-verdict": verdict, "data-review": s.review });
    const title = svgEl("title");
    title.textContent = label;
    c.append(title);
    const open = () => showEvidence(s);
    c.addEventListener("click", open);
    c.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    svg.append(c);
  }
  const legend = el("p", { class: "legend" },
    el("span", { class: "key-official" }, `── ${official.reporter} reports`), " ", el("span", { class: "key-mirror" }, `╌╌ ${mirror.reporter} reports`), " ",
    el("span", { class: "key-stated" }, "● stated"), " ", el("span", { class: "key-target" }, "╌ target"));
  document.getElementById("chart").replaceChildren(svg, legend);
}

function fillTables(official, mirror, stated, targets) {
  const rows = [
    ...official.points.map((p) => ({ year: p.year, source: `official (${official.reporter})`, value: money(p.value, official.currency), note: p.dataset ?? "" })),
    ...mirror.points.map((p) => ({ year: p.year, source: `official (${mirror.reporter})`, value: money(p.value, mirror.currency), note: p.dataset ?? "" })),
    ...stated.map((s) => ({ year: s.year, source: "stated", value: money(s.value, s.currency), note: s.provenance.quote })),
  ].sort((a, b) => a.year - b.year);
  document.querySelector("#chart-data tbody").replaceChildren(...rows.map((r) => el("tr", {}, el("td", {}, String(r.year)), el("td", {}, r.source), el("td", {}, r.value), el("td", {}, r.note))));
  document.querySelector("#targets-table tbody").replaceChildren(...targets.map((t) => {
    const what = t.target.value !== null ? money(t.target.value, t.target.currency ?? "") : `×${t.target.multiplier}`;
    return el("tr", { "data-status": t.evaluation.status },
      el("td", {}, `${what}${t.target.horizon ? ` (${t.target.horizon})` : ""}`),
      el("td", {}, `${t.evaluation.deadline ?? "–"}${t.evaluation.deadlineAssumed ? " (assumed)" : ""}`),
      el("td", { class: `status-${t.evaluation.status}` }, words(t.evaluation.status)),
      el("td", {}, t.evaluation.progress === null ? "–" : `${Math.round(t.evaluation.progress * 100)} %`),
      el("td", {}, t.target.speaker ?? "–"));
  }));
}

async function showEvidence(volume) {
  const id = volume.provenance.documentId;
  // The fact's ETag as the analyst reads it: a review sent later carries it, so a change made meanwhile is reported, not overwritten.
  const [doc, check, fact] = await Promise.all([api(`/api/v1/documents/${id}`), api(`/api/v1/documents/${id}/check`),
    fetch(`/api/v1/volumes/${volume.id}`, { headers: { Accept: "application/json" } })]);
  const tag = fact.ok ? fact.headers.get("ETag") : null;
  const { start, end } = volume.provenance;
  const text = el("div", { class: "text", tabindex: 0 }, doc.text.slice(0, start), el("mark", {}, doc.text.slice(start, end)), doc.text.slice(end));
  const verdicts = el("ul", { class: "verdicts" }, ...check.volumes.map((v) => el("li", { "data-verdict": v.verdict }, verdictBadge(v), ` ${v.fact.evidence.quote}`)));
  document.getElementById("evidence").replaceChildren(el("h4", {}, doc.title), reviewBox(volume, tag), text,
    el("h5", {}, "Every figure of this document against the official record"), verdicts);
  const mark = text.querySelector("mark");
  mark.scrollIntoView({ block: "nearest" });
}

// Review where the reading happens: the figure's state and confidence, and with an API key (kept for this tab only) confirm,
// reject or correct it by the same merge patch as the API, with If-Match carrying the ETag of the fact as shown. A 412 (someone
// changed it meanwhile) shows what changed and the fact as it is now; acting again then applies to that.
function reviewBox(volume, etag) {
  let tag = etag ?? "";
  let shown = { value: volume.value, currency: volume.currency, year: volume.year, review: volume.review };
  const figure = el("span", { id: "review-figure" });
  const state = el("span", { id: "review-state" });
  const show = () => {
    figure.textContent = `${money(shown.value, shown.currency)} (${shown.year})`;
    state.textContent = shown.review;
    state.dataset.review = shown.review;
  };
  show();
  const status = el("span", { id: "review-status", role: "status" });
  const key = el("input", { id: "api-key", type: "password", autocomplete: "off", placeholder: "API key", "aria-label": "API key for reviews" });
  key.value = sessionStorage.getItem("tradeapi-key") ?? "";
  const reason = el("input", { id: "review-reason", type: "text", maxlength: "500", placeholder: "Reason", "aria-label": "Reason for a rejection or correction" });
  const value = el("input", { id: "review-value", type: "number", min: "0", step: "any", "aria-label": `Corrected value in ${volume.currency}` });
  value.value = String(volume.value);
  const now = (fact) => ({ value: fact.value, currency: fact.currency, year: fact.year, review: fact.review.state });
  const changes = (before, after) => Object.keys(before).filter((k) => before[k] !== after[k]).map((k) => `${k} ${before[k]} → ${after[k]}`).join(", ");
  const act = async (patch) => {
    sessionStorage.setItem("tradeapi-key", key.value);
    status.textContent = "Saving…";
    const r = await fetch(`/api/v1/volumes/${volume.id}`, { method: "PATCH", body: JSON.stringify(patch), headers: {
      "Content-Type": "application/merge-patch+json", Accept: "application/json", "X-Api-Key": key.value, "If-Match": tag } });
    const body = await r.json();
    if (r.status === 412) {
      const current = await fetch(`/api/v1/volumes/${volume.id}`, { headers: { Accept: "application/json" } });
      const fact = await current.json();
      const was = shown;
      shown = now(fact);
      tag = current.headers.get("ETag") ?? "";
      show();
      status.textContent = `Not saved: it changed meanwhile (${changes(was, shown) || "a new revision"}). Shown as it is now; act again if still needed.`;
      return;
    }
    if (!r.ok) { status.textContent = `Not saved: ${body.detail ?? r.status}`; return; }
    tag = r.headers.get("ETag") ?? tag;
    shown = now(body);
    volume.review = shown.review;
    show();
    status.textContent = `Saved: ${shown.review}.`;
    const dot = document.querySelector(`#chart circle.stated[data-year='${volume.year}'][data-document='${volume.provenance.documentId}']`);
    if (dot) dot.setAttribute("data-review", shown.review);
  };
  const failed = (e) => { status.textContent = `Not saved: ${e.message}`; };
  const confirm = el("button", { id: "review-confirm", type: "button" }, "Confirm");
  confirm.addEventListener("click", () => act({ review: "confirmed" }).catch(failed));
  const reject = el("button", { id: "review-reject", type: "button" }, "Reject");
  reject.addEventListener("click", () => {
    if (!reason.value.trim()) { status.textContent = "Give a reason to reject it."; reason.focus(); return; }
    act({ review: "rejected", reason: reason.value.trim() }).catch(failed);
  });
  const correct = el("button", { id: "review-correct", type: "button" }, "Correct");
  correct.addEventListener("click", () => {
    const v = Number(value.value);
    if (!value.value || !Number.isFinite(v) || v <= 0) { status.textContent = "Give the corrected value, a positive number."; value.focus(); return; }
    act({ value: v, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) }).catch(failed);
  });
  return el("div", { class: "review" },
    el("p", {}, "This figure: ", figure, ", ", state, `, confidence ${volume.confidence ?? "unknown"}.`),
    el("p", {}, key, " ", confirm),
    el("p", {}, reason, " ", reject, " ", value, " ", correct),
    el("p", {}, status));
}

// One volume's verdict in a few words: what was stated, what the official record says, and the verdict.
function verdictBadge(v) {
  const side = v.own ?? v.mirror;
  const official = side && side.value !== null ? `; official ${money(side.value, v.fact.currency)} (${side.reporter}, ${v.fact.year})` : "";
  const why = v.reason ? ` (${words(v.reason)})` : "";
  return el("span", { class: `verdict verdict-${v.verdict}`, title: v.explanation },
    `${money(v.fact.value, v.fact.currency)} ${v.fact.year}: ${words(v.verdict)}${why}${official}`);
}

// Check a text: the service extracts and judges it (POST /api/v1/check, nothing stored); each sentence with a figure is highlighted
// with the verdicts of the figures it states.
async function checkText(event) {
  event.preventDefault();
  const status = document.getElementById("check-status");
  const out = document.getElementById("check-result");
  const text = document.getElementById("check-text").value;
  if (!text.trim()) { status.textContent = "Paste a text first."; return; }
  status.textContent = "Checking…";
  const r = await fetch("/api/v1/check", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ title: "Pasted text", text }) });
  const body = await r.json();
  if (!r.ok) { status.textContent = `Could not check the text: ${body.detail ?? r.status}`; out.replaceChildren(); return; }
  const bySentence = new Map();
  for (const v of body.volumes) {
    const key = `${v.fact.evidence.start}:${v.fact.evidence.end}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), v]);
  }
  const parts = [];
  let at = 0;
  for (const [key, vs] of [...bySentence.entries()].sort((a, b) => a[1][0].fact.evidence.start - b[1][0].fact.evidence.start)) {
    const { start, end } = vs[0].fact.evidence;
    if (start < at) continue;
    parts.push(text.slice(at, start), el("mark", { "data-verdict": vs[0].verdict, "data-span": key }, text.slice(start, end)), " ", ...vs.map(verdictBadge));
    at = end;
  }
  parts.push(text.slice(at));
  const n = body.volumes.length, t = body.targets.length;
  status.textContent = `${n} figure(s): ${Object.entries(body.verdicts).filter(([, c]) => c > 0).map(([k, c]) => `${c} ${words(k)}`).join(", ") || "none"}; ${t} target(s).`;
  const targets = body.targets.map((x) => el("li", { "data-status": x.evaluation.status },
    `${x.fact.value !== null ? money(x.fact.value, x.fact.currency ?? "") : `×${x.fact.multiplier}`}: ${words(x.evaluation.status)} (${x.evaluation.explanation})`));
  out.replaceChildren(el("div", { class: "text" }, ...parts), ...(t ? [el("h4", {}, "Targets"), el("ul", {}, ...targets)] : []));
}

// The review queue (GET /api/v1/review-queue): the first 20 facts most in need of an analyst; a volume opens in the evidence panel.
async function loadQueue() {
  const q = await api("/api/v1/review-queue?limit=20&count=true");
  document.getElementById("queue-status").textContent = `${q.total} fact(s) wait for review${q.hasMore ? "; the first 20:" : ""}`;
  document.getElementById("queue-list").replaceChildren(...q.items.map((f) => {
    const open = el("button", { type: "button", class: "queue-open", "data-fact": f.fact, "data-id": f.id }, "Open");
    open.addEventListener("click", () => openQueued(f).catch((e) => { document.getElementById("queue-status").textContent = `Could not open it: ${e.message}`; }));
    const what = f.value === null ? "" : ` ${money(f.value, f.currency ?? "")}`;
    return el("li", { "data-fact": f.fact, "data-id": f.id }, open, ` ${f.pair} ${f.fact}${what}${f.year ? ` (${f.year})` : ""}, confidence ${f.confidence ?? "unknown"}: ${f.quote}`);
  }));
}

async function openQueued(f) {
  await selectPair(f.pair);
  if (f.fact !== "volume") return;
  const v = await api(`/api/v1/volumes/${f.id}`);
  await showEvidence({ ...v, review: v.review.state });
  document.getElementById("evidence").scrollIntoView({ block: "start" });
}

document.getElementById("check-form").addEventListener("submit", (e) => checkText(e).catch((err) => {
  document.getElementById("check-status").textContent = `Could not check the text: ${err.message}`;
}));

loadPairs().catch((e) => { document.getElementById("pairs-status").textContent = `Could not load the pairs: ${e.message}`; });
loadQueue().catch((e) => { document.getElementById("queue-status").textContent = `Could not load the review queue: ${e.message}`; });
