// Review shortcuts (the review queue and entry pages): j/k move between candidates, a accepts, r rejects,
// e edits, m merges, ? shows the list. Keys typed into a field are left alone.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-candidate]"));
  if (items.length === 0) return;
  var current = 0;
  function focus(i) {
    if (i < 0 || i >= items.length) return;
    current = i;
    items[i].focus();
  }
  function press(selector) {
    var el = items[current] && items[current].querySelector(selector);
    if (el) { el.click(); }
  }
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    var i = items.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest("[data-candidate]") : null);
    if (i >= 0) current = i;
    switch (ev.key) {
      case "j": focus(current + 1); break;
      case "k": focus(current - 1); break;
      case "a": press("[data-action=accept]"); break;
      case "r": press("[data-action=reject]"); break;
      case "e": var e = items[current].querySelector("[data-action=edit]"); if (e) { e.focus(); ev.preventDefault(); } break;
      case "m": var m = items[current].querySelector("[data-action=merge]"); if (m) { m.focus(); ev.preventDefault(); } break;
      case "?": var h = document.getElementById("shortcuts"); if (h) { h.hidden = !h.hidden; } break;
      default: return;
    }
  });
})();
