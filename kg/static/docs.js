// kg serve: interactive API docs built from /openapi.json, without any external resource.
// Everything taken from the description or a response is inserted as text (never as HTML).
"use strict";
(function () {
  var root = document.getElementById("operations");
  if (!root) { return; }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; }
      else if (k === "className") { e.className = attrs[k]; }
      else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  function shellQuote(s) { return "'" + String(s).replace(/'/g, "'\\''") + "'"; }

  function control(p, id) {
    var s = p.schema || {};
    var input;
    if (s.enum) {
      input = el("select", { id: id });
      if (!p.required) { input.appendChild(el("option", { value: "", text: "(none)" })); }
      s.enum.forEach(function (v) { input.appendChild(el("option", { value: v, text: v })); });
      if (s["default"] !== undefined) { input.value = s["default"]; }
    } else {
      var type = s.format === "date" ? "date" : (s.type === "integer" ? "number" : "text");
      input = el("input", { id: id, type: type });
      if (p.example !== undefined) { input.value = p.example; }
      else if (s["default"] !== undefined) { input.value = s["default"]; }
      if (s.type === "array") { input.setAttribute("placeholder", "one or more, separated by spaces"); }
    }
    if (p.required) { input.required = true; }
    return input;
  }

  function operation(path, method, op) {
    var uid = (op.operationId || (method + path)).replace(/[^\w-]/g, "_");
    var details = el("details", { className: "op", id: "op-" + uid });
    details.appendChild(el("summary", {}, [
      el("span", { className: "method " + method, text: method.toUpperCase() }),
      el("span", { className: "path", text: path }),
      el("span", { className: "summary", text: op.summary || "" })
    ]));
    var body = el("div", { className: "body" });
    if (op.description) { body.appendChild(el("p", { text: op.description })); }
    var inputs = [];
    (op.parameters || []).forEach(function (p) {
      var id = uid + "-" + p.name;
      var input = control(p, id);
      inputs.push({ p: p, input: input });
      body.appendChild(el("div", { className: "field" }, [
        el("label", { "for": id, text: p.name + (p.required ? " *" : "") }, [el("small", { text: p.description || "" })]),
        input
      ]));
    });
    var ctype = null, textarea = null;
    if (op.requestBody) {
      var types = Object.keys(op.requestBody.content || {});
      ctype = el("select", { id: uid + "-ctype" });
      types.forEach(function (t) { ctype.appendChild(el("option", { value: t, text: t })); });
      if (types.indexOf("application/sparql-query") >= 0) { ctype.value = "application/sparql-query"; }
      textarea = el("textarea", { id: uid + "-body", rows: "6", spellcheck: "false" });
      textarea.value = "SELECT ?country ?label WHERE { ?country a kg:Country ; rdfs:label ?label } LIMIT 10";
      body.appendChild(el("div", { className: "field" }, [el("label", { "for": uid + "-ctype", text: "Request body type" }), ctype]));
      body.appendChild(el("div", { className: "field" }, [
        el("label", { "for": uid + "-body", text: "Request body (for a form: query=... or update=..., url-encoded is done for you)" }),
        textarea]));
    }
    var auth = null;
    if (op.security) {
      auth = el("input", { id: uid + "-auth", type: "password", placeholder: "bearer token (updates only)" });
      body.appendChild(el("div", { className: "field" }, [el("label", { "for": uid + "-auth", text: "Token" }), auth]));
    }
    var accept = el("select", { id: uid + "-accept" });
    var content = ((op.responses || {})["200"] || {}).content || {};
    Object.keys(content).forEach(function (t) { accept.appendChild(el("option", { value: t, text: t })); });
    if (Object.keys(content).length) {
      body.appendChild(el("div", { className: "field" }, [el("label", { "for": uid + "-accept", text: "Accept" }), accept]));
    }
    var send = el("button", { type: "button", id: uid + "-send", text: "Send" });
    var out = el("div", { className: "response", id: uid + "-response" });
    body.appendChild(el("p", {}, [send]));
    body.appendChild(out);
    details.appendChild(body);

    send.addEventListener("click", function () {
      var qs = new URLSearchParams();
      var missing = [];
      inputs.forEach(function (x) {
        var v = x.input.value;
        if (v === "") { if (x.p.required) { missing.push(x.p.name); } return; }
        if ((x.p.schema || {}).type === "array") {
          v.split(/\s+/).filter(Boolean).forEach(function (item) { qs.append(x.p.name, item); });
        } else { qs.append(x.p.name, v); }
      });
      out.textContent = "";
      if (missing.length) {
        out.appendChild(el("p", { className: "error", text: "Missing required parameter(s): " + missing.join(", ") }));
        return;
      }
      var url = path + (qs.toString() ? "?" + qs.toString() : "");
      var init = { method: method.toUpperCase(), headers: {} };
      if (accept.value) { init.headers["Accept"] = accept.value; }
      var curl = "curl -s " + (method === "post" ? "-X POST " : "");
      if (textarea) {
        var t = ctype.value, text = textarea.value;
        if (t === "application/x-www-form-urlencoded" && !/^\s*(query|update)=/.test(text)) {
          text = (/^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i.test(text) ? "update=" : "query=") + encodeURIComponent(text);
        }
        init.body = text;
        init.headers["Content-Type"] = t;
        curl += "-H " + shellQuote("Content-Type: " + t) + " --data-binary " + shellQuote(text) + " ";
      }
      if (auth && auth.value) {
        init.headers["Authorization"] = "Bearer " + auth.value;
        curl += "-H 'Authorization: Bearer $KG_TOKEN' ";
      }
      if (accept.value) { curl += "-H " + shellQuote("Accept: " + accept.value) + " "; }
      curl += shellQuote(location.origin + url);
      out.appendChild(el("p", {}, [el("b", { text: "Request " }), el("code", { text: init.method + " " + url })]));
      out.appendChild(el("pre", { className: "curl", text: curl }));
      var started = performance.now();
      fetch(url, init).then(function (r) {
        return r.text().then(function (text) {
          var ms = Math.round(performance.now() - started);
          var heads = ["content-type", "x-kg-truncated", "x-kg-max-rows", "server-timing", "retry-after", "www-authenticate"]
            .filter(function (h) { return r.headers.get(h); })
            .map(function (h) { return h + ": " + r.headers.get(h); }).join("\n");
          out.appendChild(el("p", {}, [el("span", { className: "status", text: r.status + " " + r.statusText }),
                                       el("span", { text: "  (" + ms + " ms)" })]));
          if (heads) { out.appendChild(el("pre", { className: "headers", text: heads })); }
          out.appendChild(el("pre", { className: "body", id: uid + "-result", text: text.length > 200000 ? text.slice(0, 200000) + "\n…" : text }));
        });
      }).catch(function (e) {
        out.appendChild(el("p", { className: "error", text: "Request failed: " + e }));
      });
    });
    return details;
  }

  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (doc) {
    root.textContent = "";
    var info = doc.info || {};
    root.appendChild(el("p", { text: (info.title || "") + " " + (info.version || "") + " — " + (info.description || "") }));
    var groups = {};
    Object.keys(doc.paths || {}).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) {
        var op = doc.paths[path][method];
        var tag = (op.tags || ["Other"])[0];
        (groups[tag] = groups[tag] || []).push(operation(path, method, op));
      });
    });
    Object.keys(groups).forEach(function (tag) {
      root.appendChild(el("h2", { text: tag }));
      groups[tag].forEach(function (node) { root.appendChild(node); });
    });
  }).catch(function (e) {
    root.textContent = "Could not load /openapi.json: " + e;
  });
})();
