// Renders /openapi/v1.json as a list of operations with their parameters (no third-party code, CSP-safe).
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  if (!root) return;
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  fetch("/openapi/v1.json").then(function (r) { return r.json(); }).then(function (doc) {
    root.textContent = "";
    root.appendChild(el("p", (doc.info && doc.info.title || "API") + " " + (doc.info && doc.info.version || "")));
    Object.keys(doc.paths).sort().forEach(function (path) {
      var ops = doc.paths[path];
      Object.keys(ops).forEach(function (method) {
        if (["get", "post", "put", "patch", "delete"].indexOf(method) < 0) return;
        var op = ops[method];
        var section = el("section");
        section.appendChild(el("h2", method.toUpperCase() + " " + path));
        if (op.summary) section.appendChild(el("p", op.summary));
        var params = op.parameters || [];
        if (params.length) {
          var table = el("table"), head = el("tr");
          ["parameter", "in", "type", "description"].forEach(function (h) { head.appendChild(el("th", h)); });
          table.appendChild(head);
          params.forEach(function (p) {
            var tr = el("tr");
            [p.name + (p.required ? " (required)" : ""), p.in, p.schema && (p.schema.type || "") + (p.schema.format ? " " + p.schema.format : ""), p.description || ""]
              .forEach(function (v) { tr.appendChild(el("td", String(v || ""))); });
            table.appendChild(tr);
          });
          section.appendChild(table);
        }
        var codes = Object.keys(op.responses || {}).join(", ");
        if (codes) section.appendChild(el("p", "Responses: " + codes, "note"));
        root.appendChild(section);
      });
    });
  }).catch(function (e) { root.textContent = "Could not load the OpenAPI document: " + e; });
})();
