// kg serve: a little progressive enhancement for the web page (it works without it).
"use strict";
(function () {
  // Leave empty optional fields out of the URL: /queries/timeline?type=Meeting, not ...&actor=&from=&to=
  document.querySelectorAll("form.saved-query").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (el.name && el.value === "" && !el.required) { el.disabled = true; }
      });
    });
  });
  // Each form's JSON link asks for the values entered (empty fields left out); while a
  // required field is empty it keeps the example values the server put there.
  document.querySelectorAll("form.saved-query").forEach(function (form) {
    var link = form.querySelector("a.json-link");
    if (!link) { return; }
    var example = link.getAttribute("href");
    function update() {
      var q = new URLSearchParams();
      var missing = false;
      form.querySelectorAll("input, select").forEach(function (el) {
        if (!el.name || el.type === "hidden") { return; }
        if (el.value.trim() === "") { missing = missing || el.required; return; }
        q.set(el.name, el.value.trim());
      });
      link.setAttribute("href", missing ? example : form.getAttribute("action") + (q.toString() ? "?" + q.toString() : ""));
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
  });
  // Coming back with the browser's back button: fields must be usable again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.saved-query [disabled]").forEach(function (el) { el.disabled = false; });
  });
  // Ctrl+Enter (Cmd+Enter) in the SPARQL box runs the query.
  var box = document.getElementById("sparql-query");
  if (box) {
    box.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        box.form.submit();
      }
    });
  }
  // The results of a saved query are shown above its (pre-filled) form; on the evidence
  // page the highlighted sentence is scrolled into view.
  var mark = document.getElementById("hl");
  if (mark && mark.scrollIntoView) { mark.scrollIntoView({ block: "center" }); }
})();
