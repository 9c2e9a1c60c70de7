// kg serve: the timeline and the actor network, drawn with Apache ECharts (vendored in
// /static/vendor). The data is /api/timeline or /api/network with the form's filters.
"use strict";
(function () {
  var section = document.querySelector("section.view[data-view]");
  if (!section || !window.echarts) { return; }
  var view = section.getAttribute("data-view");
  var form = document.getElementById("filters");
  var status = document.getElementById("chart-status");
  var box = document.getElementById("chart");
  var list = document.getElementById("legend-list");
  var TYPES = ["Meeting", "PhoneCall", "WeaponSupplyAllegation"];
  var COLORS = { Meeting: "#1c64b8", PhoneCall: "#2b9348", WeaponSupplyAllegation: "#d9480f" };
  var LABELS = { Meeting: "Meeting", PhoneCall: "Phone call", WeaponSupplyAllegation: "Weapon supply" };
  var chart = echarts.init(box, null, { renderer: "canvas" });
  window.kgView = { view: view, chart: chart, data: null, ready: false };
  window.addEventListener("resize", function () { chart.resize(); });

  function query() {
    var q = new URLSearchParams();
    form.querySelectorAll("input, select").forEach(function (el) {
      if (el.name && el.value.trim() !== "") { q.set(el.name, el.value.trim()); }
    });
    return q.toString();
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function link(href, text, cls) { return el("a", { href: href, class: cls || "" }, text); }

  // --- the timeline: one row per event type, a mark per event (size: its reports)
  function drawTimeline(data) {
    var seen = {};
    var series = TYPES.map(function (t, row) {
      var points = data.events.filter(function (e) { return e.type === t; }).map(function (e) {
        var key = t + "|" + e.date;
        var n = seen[key] = (seen[key] || 0) + 1;
        var k = (n - 1) % 7;  // marks of the same day and type side by side, within their row
        var offset = k === 0 ? 0 : (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 0.14;
        return { value: [e.date, row + offset], name: e.label, href: e.href, iri: e.iri, date: e.date,
                 reports: e.reports, symbolSize: 9 + 5 * Math.min(e.reports, 4) };
      });
      return { name: LABELS[t], type: "scatter", data: points, itemStyle: { color: COLORS[t], opacity: 0.85,
               borderColor: "#fff", borderWidth: 1 }, emphasis: { scale: 1.4 } };
    });
    chart.setOption({
      animation: false,
      grid: { left: 110, right: 40, top: 40, bottom: 80 },
      legend: { top: 0, data: TYPES.map(function (t) { return LABELS[t]; }) },
      tooltip: { trigger: "item", formatter: function (p) {
        return echarts.format.encodeHTML(p.data.date + " · " + p.data.name) + "<br>" + p.data.reports +
               " report" + (p.data.reports === 1 ? "" : "s") + " · click to open";
      } },
      xAxis: { type: "time", axisLine: { onZero: false }, splitLine: { show: true, lineStyle: { color: "#eef1f4" } } },
      yAxis: { type: "value", min: -0.6, max: 2.6, inverse: true,
               axisLabel: { customValues: [0, 1, 2], formatter: function (v) { return LABELS[TYPES[Math.round(v)]] || ""; },
                            fontWeight: "bold", color: "#1d232b" },
               axisTick: { customValues: [0, 1, 2] },
               splitLine: { show: false } },
      dataZoom: [{ type: "slider", xAxisIndex: 0, bottom: 15, height: 22 }, { type: "inside", xAxisIndex: 0 }],
      series: series
    }, true);
    list.textContent = "";
    var table = el("table", { class: "results", id: "timeline-events" });
    table.appendChild(el("thead")).appendChild(el("tr")).append(el("th", {}, "date"), el("th", {}, "type"),
      el("th", {}, "event"), el("th", {}, "reports"));
    var body = table.appendChild(el("tbody"));
    data.events.concat(data.undated).forEach(function (e) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("td", {}, e.date || "unknown"));
      tr.appendChild(el("td")).appendChild(el("span", { class: "type-badge t-" + e.type }, LABELS[e.type]));
      tr.appendChild(el("td")).appendChild(link(e.href, e.label, "event-link"));
      tr.appendChild(el("td", { class: "num" }, String(e.reports)));
    });
    list.appendChild(table);
    var n = data.events.length + data.undated.length;
    status.textContent = n + " event" + (n === 1 ? "" : "s") + (data.undated.length ? " (" + data.undated.length +
      " of unknown date, listed below but not on the chart)" : "");
  }

  // --- the network: countries and persons, an edge per pair and event type
  function drawNetwork(data) {
    var n = data.nodes.length;
    var maxEvents = Math.max.apply(null, [1].concat(data.nodes.map(function (x) { return x.events; })));
    var nodes = data.nodes.map(function (x, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1);
      return { id: x.iri, name: x.label, href: x.href, kind: x.kind, events: x.events,
               x: 300 + 250 * Math.cos(a), y: 300 + 250 * Math.sin(a),
               category: x.kind === "Country" ? 0 : 1,
               symbol: x.kind === "Country" ? "circle" : "diamond",
               symbolSize: 12 + 20 * Math.sqrt(x.events / maxEvents) };
    });
    var edges = data.edges.map(function (e) {
      return { source: e.source, target: e.target, type: e.type, weight: e.weight, stances: e.stances,
               events: e.events, symbol: e.directed ? ["none", "arrow"] : ["none", "none"], symbolSize: 9,
               lineStyle: { color: COLORS[e.type], width: 1 + 1.6 * Math.min(e.weight, 6), opacity: 0.75,
                            curveness: e.type === "PhoneCall" ? 0.25 : (e.type === "WeaponSupplyAllegation" ? 0.12 : 0) } };
    });
    var names = {};
    data.nodes.forEach(function (x) { names[x.iri] = x.label; });
    chart.setOption({
      animation: false,
      legend: [{ top: 8, left: 10, orient: "vertical", data: ["Country", "Person"] }],
      tooltip: { formatter: function (p) {
        var enc = echarts.format.encodeHTML;
        if (p.dataType === "edge") {
          return enc(names[p.data.source] + (p.data.symbol[1] === "arrow" ? " → " : " — ") + names[p.data.target]) +
                 "<br>" + enc(LABELS[p.data.type]) + " × " + p.data.weight + (p.data.stances ? " (" + enc(p.data.stances) + ")" : "");
        }
        return enc(p.data.name) + "<br>" + p.data.events + " event" + (p.data.events === 1 ? "" : "s") + " · click to open";
      } },
      series: [{
        type: "graph", layout: "force", roam: true, top: 30, bottom: 30, left: 40, right: 120, draggable: true, data: nodes, links: edges,
        categories: [{ name: "Country", itemStyle: { color: "#4a5d73" } }, { name: "Person", itemStyle: { color: "#8fb3d9" } }],
        force: { repulsion: 190, edgeLength: [50, 120], gravity: 0.25, friction: 0.2, layoutAnimation: false },
        label: { show: true, position: "right", fontSize: 12, color: "#1d232b" },
        emphasis: { focus: "adjacency", lineStyle: { width: 6 } },
        lineStyle: { opacity: 0.75 }
      }]
    }, true);
    list.textContent = "";
    var table = el("table", { class: "results", id: "network-edges" });
    table.appendChild(el("thead")).appendChild(el("tr")).append(el("th", {}, "actor"), el("th", {}, "relation"),
      el("th", {}, "actor"), el("th", {}, "events"), el("th", {}, "dates"));
    var body = table.appendChild(el("tbody"));
    var href = {};
    data.nodes.forEach(function (x) { href[x.iri] = x.href; });
    data.edges.forEach(function (e) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("td")).appendChild(link(href[e.source], names[e.source], "actor-link"));
      tr.appendChild(el("td")).appendChild(el("span", { class: "type-badge t-" + e.type },
        LABELS[e.type] + (e.directed ? " →" : "") + (e.stances ? " (" + e.stances + ")" : "")));
      tr.appendChild(el("td")).appendChild(link(href[e.target], names[e.target], "actor-link"));
      var td = tr.appendChild(el("td"));
      e.events.forEach(function (iri, i) {
        if (i) { td.appendChild(document.createTextNode(" ")); }
        td.appendChild(link("/event/" + iri.split("/").pop(), String(i + 1), "event-link"));
      });
      tr.appendChild(el("td", {}, e.first === e.last ? e.first : e.first + " – " + e.last));
    });
    list.appendChild(table);
    status.textContent = data.nodes.length + " actors, " + data.edges.length + " links, " + data.events + " events";
  }

  // Where a mark is in the window, scrolled into view (the browser test clicks it there):
  // seriesIndex and either the item's index or, for the network, the actor's IRI.
  window.kgView.itemPosition = function (seriesIndex, item) {
    var s = chart.getModel().getSeriesByIndex(seriesIndex);
    var d = s.getData();
    var i = typeof item === "number" ? item : -1;
    for (var k = 0; i < 0 && k < d.count(); k++) { if (d.getId(k) === item) { i = k; } }
    if (i < 0) { return null; }
    var p = s.subType === "graph" ? chart.convertToPixel({ seriesIndex: seriesIndex }, d.getItemLayout(i)) : d.getItemLayout(i);
    var r = box.getBoundingClientRect();
    window.scrollBy(0, r.top + p[1] - window.innerHeight / 2);
    r = box.getBoundingClientRect();
    return [Math.round(r.left + p[0]), Math.round(r.top + p[1]), d.getRawDataItem ? (d.getRawDataItem(i) || {}).href : null];
  };
  window.kgView.drawn = function () {
    var m = chart.getModel();
    var out = { marks: 0, edges: 0 };
    m.eachSeries(function (s) {
      out.marks += s.getData().count();
      if (s.getGraph) { out.edges += s.getGraph().edges.length; }
    });
    return out;
  };

  chart.on("click", function (p) {
    if (p.dataType === "edge" && p.data.events && p.data.events.length) {
      window.location.href = "/event/" + p.data.events[0].split("/").pop();
    } else if (p.data && p.data.href) {
      window.location.href = p.data.href;
    }
  });

  function load() {
    var q = query();
    var url = "/api/" + view + (q ? "?" + q : "");
    document.getElementById("api-link").setAttribute("href", url);
    status.textContent = "Loading…";
    status.classList.remove("error");
    window.kgView.ready = false;
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t.trim()); });
    }).then(function (data) {
      window.kgView.data = data;
      if (view === "timeline") { drawTimeline(data); } else { drawNetwork(data); }
      window.kgView.ready = true;
    }).catch(function (err) {
      chart.clear();
      list.textContent = "";
      status.textContent = err.message;
      status.classList.add("error");
    });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = query();
    history.replaceState(null, "", "/" + view + (q ? "?" + q : ""));
    load();
  });
  fetch("/api/actors").then(function (r) { return r.json(); }).then(function (actors) {
    var dl = document.getElementById("actor-names");
    actors.forEach(function (a) { dl.appendChild(el("option", { value: a.label })); });
  }).catch(function () { /* the names are a convenience */ });
  load();
})();
