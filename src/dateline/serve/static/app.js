// Highlight the evidence sentence named by the URL fragment (a fact's anchor) in the article view.
(function () {
  "use strict";
  function highlight() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    document.querySelectorAll(".ev.current").forEach(function (el) { el.classList.remove("current"); });
    if (!id) { return; }
    var first = null;
    document.querySelectorAll("[data-ev]").forEach(function (el) {
      if (el.getAttribute("data-ev").split(" ").indexOf(id) >= 0) {
        el.classList.add("current");
        if (!first) { first = el; }
      }
    });
    if (first) { first.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", highlight);
})();
