/* dipgraph stance graph: draws the network, shows details and evidence in a side panel, filters
 * by relation, sign and time, steps through months.
 *
 * The data (script#dg-data) is JSON whose strings dipgraph has HTML-escaped. They are decoded
 * once, here, and from then on reach the page only through textContent and the canvas: no
 * string from the news is ever parsed as HTML. window.dipgraph exposes the network for tests.
 *
 * Positions never change behind the user's back: large graphs come laid out from Python with
 * physics off; small ones are laid out here once, then physics is switched off and the positions
 * are written into the node data set, so a node hidden by a filter comes back where it was.
 */
(function () {
  "use strict";
  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#x27;": "'" };
  function decode(value) {
    if (typeof value === "string") {
      return value.replace(/&(?:amp|lt|gt|quot|#x27);/g, function (m) { return ENTITIES[m]; });
    }
    if (Array.isArray(value)) { return value.map(decode); }
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = decode(value[k]); });
      return out;
    }
    return value;
  }
  /* The evidence (sentences, documents, the events' texts) is most of the data: it is decoded
   * when the details panel shows it, not on load. Relations and dates, which filters compare,
   * are decoded at once. */
  var RAW = JSON.parse(document.getElementById("dg-data").textContent), LAZY = { events: 1, sentences: 1, docs: 1 };
  var DATA = {};
  Object.keys(RAW).forEach(function (k) { DATA[k] = LAZY[k] ? RAW[k] : decode(RAW[k]); });
  DATA.events.forEach(function (ev) { ev.relation = decode(ev.relation); ev.date = decode(ev.date); });
  var REL = {};
  DATA.relations.forEach(function (r) { REL[r.name] = r; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fmt(x) { return (x > 0 ? "+" : "") + Number(x).toFixed(3); }
  function row(table, name, value) {
    var tr = el("tr");
    tr.appendChild(el("td", null, name));
    tr.appendChild(el("td", null, value));
    table.appendChild(tr);
  }

  /* ---- tooltips: DOM elements, text only ---- */
  var TYPE_LABELS = DATA.style.type_labels;
  function nodeTooltip(a) {
    var tip = el("div", "dg-tip");
    tip.appendChild(el("div", "dg-tip-title", a.label));
    var meta = [TYPE_LABELS[a.type] || a.type];
    if (a.type !== "Others") {
      meta.push("code " + a.code);
      if (a.bloc) { meta.push("bloc " + a.bloc); }
    }
    tip.appendChild(el("div", "dg-tip-meta", meta.join(" · ")));
    if (a.type === "Others") {
      tip.appendChild(el("div", null, "Aggregated: the actors beyond the " + DATA.stats.max_actors +
        " most important ones, e.g. " + a.members.join(", ") + (DATA.stats.hidden > a.members.length ? ", …" : "")));
    } else {
      if (a.actor && a.actor !== a.code) { tip.appendChild(el("div", null, "Actor id: " + a.actor)); }
      if (a.names.length) { tip.appendChild(el("div", null, "Named: " + a.names.join(", "))); }
      if (a.roles.length) { tip.appendChild(el("div", null, "Roles: " + a.roles.join("; "))); }
    }
    var t = el("table");
    row(t, "mentions", a.as_source + " as source, " + a.as_target + " as target");
    row(t, "support given / received", a.support_given.toFixed(3) + " / " + a.support_received.toFixed(3));
    row(t, "contact given / received", a.contact_given.toFixed(3) + " / " + a.contact_received.toFixed(3));
    row(t, "all cooperation given / received", a.cooperation_given.toFixed(3) + " / " + a.cooperation_received.toFixed(3));
    row(t, "opposition given / received", a.opposition_given.toFixed(3) + " / " + a.opposition_received.toFixed(3));
    row(t, "PageRank + / −", a.pagerank_positive.toFixed(3) + " / " + a.pagerank_negative.toFixed(3));
    row(t, "betweenness + / −", a.betweenness_positive.toFixed(3) + " / " + a.betweenness_negative.toFixed(3));
    tip.appendChild(t);
    return tip;
  }

  function summarise(ids) {
    var counts = {}, w = 0, pos = 0, neg = 0, dates = [], undated = 0;
    ids.forEach(function (i) {
      var ev = DATA.events[i], r = REL[ev.relation];
      var part = (r.symmetric ? 0.5 : 1) * r.goldstein / 10 * ev.confidence;
      counts[ev.relation] = (counts[ev.relation] || 0) + 1;
      w += part;
      if (part > 0) { pos += part; } else { neg -= part; }
      if (ev.date) { dates.push(ev.date); } else { undated += 1; }
    });
    var rels = Object.keys(counts).map(function (r) { return [r, counts[r]]; });
    rels.sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0); });
    dates.sort();
    w = Math.round(w * 1e6) / 1e6;
    return {
      rels: rels, weight: w, positive: pos, negative: neg, count: ids.length, undated: undated,
      first: dates.length ? dates[0] : null, last: dates.length ? dates[dates.length - 1] : null,
      label: rels.map(function (rc) { return rc[1] === 1 ? rc[0] : rc[0] + " ×" + rc[1]; }).join(", "),
      sign: w > 0 ? "+" : w < 0 ? "-" : "0"
    };
  }

  function edgeTooltip(p, ids) {
    var s = summarise(ids), a = DATA.actors[p.from], b = DATA.actors[p.to];
    var tip = el("div", "dg-tip");
    tip.appendChild(el("div", "dg-tip-title", a.label + " → " + b.label));
    tip.appendChild(el("div", null, s.label + " — " + s.count + (s.count === p.events.length ? "" : " of " + p.events.length) +
      " mention" + (p.events.length === 1 ? "" : "s")));
    tip.appendChild(el("div", "dg-tip-meta", "net weight " + fmt(s.weight) + " (cooperative " + s.positive.toFixed(3) +
      ", conflictual " + s.negative.toFixed(3) + ")"));
    var when = s.first ? (s.first === s.last ? s.first : s.first + " to " + s.last) : "no date";
    if (s.first && s.undated) { when += " (and " + s.undated + " undated)"; }
    tip.appendChild(el("div", "dg-tip-meta", "dates: " + when));
    var order = ids.slice().sort(function (i, j) {
      var x = DATA.events[i], y = DATA.events[j];
      return y.confidence - x.confidence || ((x.date || "") < (y.date || "") ? -1 : (x.date || "") > (y.date || "") ? 1 : i - j);
    });
    var shown = order.slice(0, DATA.stats.max_evidence);
    var list = el("ol", "dg-evidence");
    function item(i) {
      var ev = decode(DATA.events[i]), doc = decode(DATA.docs[ev.doc]);
      var li = el("li");
      li.appendChild(el("q", null, decode(DATA.sentences[ev.sentence])));
      var src = ev.source + " " + ev.relation + " " + ev.target + " (“" + ev.trigger + "”, confidence " +
        ev.confidence.toFixed(2) + ") · " + (doc.title ? doc.title + " — " : "") + doc.id + (ev.date ? " · " + ev.date : "");
      li.appendChild(el("div", "dg-src", src));
      list.appendChild(li);
    }
    shown.forEach(item);
    tip.appendChild(list);
    if (order.length > shown.length) {
      var more = el("button", "dg-more", "Show the other " + (order.length - shown.length) + " mention(s)");
      more.type = "button";
      more.addEventListener("click", function () { order.slice(shown.length).forEach(item); more.remove(); });
      tip.appendChild(more);
    }
    return tip;
  }

  /* ---- data sets and views ---- */
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var edgeOn = {}, nodeOn = {}, shownKey = {}, passing = null;
  DATA.pairs.forEach(function (p) { edgeOn[p.id] = true; shownKey[p.id] = p.events.join(","); });
  DATA.actors.forEach(function (a) { nodeOn[a.id] = true; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return nodeOn[n.id]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return edgeOn[e.id]; } });
  var hasEdge = {};
  DATA.pairs.forEach(function (p) { hasEdge[p.from] = hasEdge[p.to] = true; });

  var container = document.getElementById("dg-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  var status = document.getElementById("dg-status");
  var api = window.dipgraph = { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
    edgeView: edgeView, data: DATA, stable: false };

  /* Write the drawn positions into the data set, so nodes a filter hides come back in place. */
  function keepPositions(ids) {
    var pos = network.getPositions(ids);
    nodes.update(Object.keys(pos).map(function (id) { return { id: +id, x: pos[id].x, y: pos[id].y }; }));
  }
  function settle() {
    if (DATA.options.physics.enabled !== false || api.relayout) {
      network.setOptions({ physics: { enabled: false } });
      keepPositions();
    }
    api.relayout = false;
    api.stable = true;
    document.body.setAttribute("data-stable", "1");
  }
  if (!DATA.nodes.length) { settle(); }
  else if (DATA.options.physics.enabled === false) { network.once("afterDrawing", settle); }
  else { network.once("stabilizationIterationsDone", settle); }
  network.on("dragEnd", function (params) { if (params.nodes.length) { keepPositions(params.nodes); } });

  /* ---- details panel: hover to preview, click to pin, Escape or × to close ---- */
  var details = document.getElementById("dg-details"), detailsBody = document.getElementById("dg-details-body");
  var detailsState = document.getElementById("dg-details-state");
  var pinned = null, previewed = null;
  function passingIds(p) { return passing ? p.events.filter(function (i) { return passing[i]; }) : p.events; }
  function render(what) {
    detailsBody.textContent = "";
    detailsBody.appendChild(what.kind === "node" ? nodeTooltip(DATA.actors[what.id]) :
      edgeTooltip(DATA.pairs[what.id], passingIds(DATA.pairs[what.id])));
    details.hidden = false;
    detailsBody.scrollTop = 0;
  }
  function preview(what) { previewed = what; if (!pinned) { render(what); } }
  function unpreview() { previewed = null; if (!pinned) { details.hidden = true; } network.redraw(); }
  function pin(what) {
    pinned = what;
    render(what);
    details.classList.add("dg-pinned");
    detailsState.textContent = "pinned · Esc to close";
    api.pinned = what;
  }
  function closeDetails() {
    pinned = null; previewed = null; api.pinned = null;
    details.classList.remove("dg-pinned");
    detailsState.textContent = "hover · click to pin";
    details.hidden = true;
    network.unselectAll();
    network.redraw();
  }
  api.pin = pin; api.closeDetails = closeDetails;
  network.on("hoverNode", function (p) { preview({ kind: "node", id: p.node }); });
  network.on("hoverEdge", function (p) { preview({ kind: "edge", id: p.edge }); });
  network.on("blurNode", unpreview);
  network.on("blurEdge", unpreview);
  container.addEventListener("mouseleave", function () { if (previewed) { unpreview(); } });
  network.on("click", function (p) {
    if (p.nodes.length) { pin({ kind: "node", id: p.nodes[0] }); }
    else if (p.edges.length) { pin({ kind: "edge", id: p.edges[0] }); }
    else { closeDetails(); }
  });
  document.getElementById("dg-details-close").addEventListener("click", closeDetails);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { closeDetails(); } });

  /* The label of the node or edge under the mouse (or pinned), drawn even where busy graphs leave
   * labels off until zoomed in. */
  network.on("afterDrawing", function (ctx) {
    var what = previewed || pinned;
    if (!what) { return; }
    var text, at;
    if (what.kind === "node") {
      if (!nodeOn[what.id]) { return; }
      text = DATA.actors[what.id].label;
      at = network.getPositions([what.id])[what.id];
      at = { x: at.x, y: at.y + DATA.nodes[what.id].size + 4 };
    } else {
      if (!edgeOn[what.id] || !network.body.edges[what.id]) { return; }
      text = summarise(passingIds(DATA.pairs[what.id])).label;
      at = network.body.edges[what.id].edgeType.getPoint(0.5);
    }
    var scale = network.getScale(), size = 13 / scale;
    ctx.save();
    ctx.font = "bold " + size + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    var w = ctx.measureText(text).width;
    ctx.fillStyle = "rgba(255,255,255,0.92)";
    ctx.fillRect(at.x - w / 2 - 3 / scale, at.y - 2 / scale, w + 6 / scale, size + 4 / scale);
    ctx.fillStyle = "#111";
    ctx.fillText(text, at.x, at.y);
    ctx.restore();
  });

  /* ---- filters ---- */
  function checked(selector, attr) {
    var on = {};
    document.querySelectorAll(selector).forEach(function (box) { on[box.getAttribute(attr)] = box.checked; });
    return on;
  }
  var fromInput = document.getElementById("dg-from"), toInput = document.getElementById("dg-to");
  var monthInput = document.getElementById("dg-month"), playButton = document.getElementById("dg-play");
  var undatedInput = document.getElementById("dg-undated");
  var MONTHS = DATA.months;

  function applyFilters() {
    var relOn = checked("#dg-relations input[data-relation]", "data-relation");
    var signOn = checked("#dg-signs input[data-sign]", "data-sign");
    var lo = fromInput ? Math.min(+fromInput.value, +toInput.value) : 0;
    var hi = fromInput ? Math.max(+fromInput.value, +toInput.value) : 0;
    var month = monthInput ? +monthInput.value : 0;
    if (fromInput) {
      document.getElementById("dg-from-label").textContent = DATA.dates[lo];
      document.getElementById("dg-to-label").textContent = DATA.dates[hi];
      fromInput.disabled = toInput.disabled = month > 0;
      document.getElementById("dg-month-label").textContent = month > 0 ? MONTHS[month - 1] : "all";
    }
    var first = DATA.dates[lo], last = DATA.dates[hi], undatedOn = undatedInput.checked;
    var passes = DATA.events.map(function (ev) {
      if (!relOn[ev.relation] || !signOn[REL[ev.relation].sign]) { return false; }
      if (month > 0) { return !!ev.date && ev.date.slice(0, 7) === MONTHS[month - 1]; }
      return ev.date ? (ev.date >= first && ev.date <= last) : undatedOn;
    });
    passing = passes;
    var updates = [], mentions = 0;
    DATA.actors.forEach(function (a) { nodeOn[a.id] = !hasEdge[a.id]; });
    DATA.pairs.forEach(function (p) {
      var ids = p.events.filter(function (i) { return passes[i]; });
      edgeOn[p.id] = ids.length > 0;
      if (!ids.length) { return; }
      nodeOn[p.from] = nodeOn[p.to] = true;
      var key = ids.join(",");
      if (key === shownKey[p.id]) { return; }
      shownKey[p.id] = key;
      var look = DATA.edges[p.id];
      var update = { id: p.id, color: look.color, width: look.width };
      if (DATA.stats.edge_labels) { update.label = look.label; }
      if (ids.length !== p.events.length) {
        var s = summarise(ids), w = DATA.style.edge_width;
        if (DATA.stats.edge_labels) { update.label = s.label; }
        update.color = DATA.style.signs[s.sign];
        update.width = s.count <= 1 || DATA.style.max_count <= 1 ? w.min :
          Math.round((w.min + (w.max - w.min) * Math.log(Math.min(s.count, DATA.style.max_count)) / Math.log(DATA.style.max_count)) * 100) / 100;
      }
      updates.push(update);
    });
    DATA.events.forEach(function (ev, i) { if (passes[i]) { mentions += 1; } });
    if (updates.length) { edges.update(updates); }
    nodeView.refresh();
    edgeView.refresh();
    if (pinned) { render(pinned); }
    status.textContent = "Showing " + nodeView.length + " of " + DATA.nodes.length + " nodes, " +
      edgeView.length + " of " + DATA.edges.length + " stance pairs, " + mentions + " of " + DATA.events.length + " mentions" +
      (month > 0 ? " in " + MONTHS[month - 1] : "") + ".";
  }
  api.applyFilters = applyFilters;

  document.querySelectorAll("#dg-filters input").forEach(function (input) {
    input.addEventListener(input.type === "range" ? "input" : "change", applyFilters);
  });

  /* ---- time slider: play steps one month at a time ---- */
  var timer = null;
  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
    if (playButton) { playButton.textContent = "▶ Play months"; playButton.setAttribute("aria-pressed", "false"); }
  }
  function step() {
    if (+monthInput.value >= MONTHS.length) { stop(); return; }
    monthInput.value = +monthInput.value + 1;
    applyFilters();
    if (+monthInput.value >= MONTHS.length) { stop(); }
  }
  api.stepMonth = step;
  if (playButton) {
    playButton.addEventListener("click", function () {
      if (timer) { stop(); return; }
      if (+monthInput.value >= MONTHS.length) { monthInput.value = 0; }
      playButton.textContent = "❚❚ Pause";
      playButton.setAttribute("aria-pressed", "true");
      step();
      timer = setInterval(step, 1500);
    });
  }

  document.getElementById("dg-reset").addEventListener("click", function () {
    stop();
    document.querySelectorAll("#dg-filters input[type=checkbox]").forEach(function (box) { box.checked = true; });
    if (fromInput) { fromInput.value = fromInput.min; toInput.value = toInput.max; monthInput.value = 0; }
    applyFilters();
  });
  document.getElementById("dg-relayout").addEventListener("click", function () {
    api.stable = false;
    api.relayout = true;
    document.body.removeAttribute("data-stable");
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", settle);
    network.stabilize(DATA.options.physics.stabilization.iterations);
  });

  /* ---- the side panel folds away (small frames, e.g. a notebook output) ---- */
  var toggle = document.getElementById("dg-toggle");
  function fold(folded) {
    document.body.classList.toggle("dg-folded", folded);
    toggle.textContent = folded ? "Show legend and filters" : "Hide legend and filters";
    toggle.setAttribute("aria-expanded", folded ? "false" : "true");
  }
  toggle.addEventListener("click", function () { fold(!document.body.classList.contains("dg-folded")); });
  fold(window.innerHeight < 720 || window.innerWidth < 800);
  applyFilters();
}());
