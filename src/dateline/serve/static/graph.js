// Draw the graph of states and people from /api/graph with the vendored cytoscape; labels are text, never HTML.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph");
    var status = document.getElementById("graph-status");
    if (!box || typeof cytoscape === "undefined") { return; }
    fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (g) {
        var elements = [];
        g.nodes.forEach(function (n) {
          elements.push({ data: { id: n.id, label: n.label, kind: n.kind, href: n.href, weight: n.links } });
        });
        g.edges.forEach(function (e) {
          var types = Object.keys(e.types).join(", ");
          elements.push({ data: { id: e.id, source: e.source, target: e.target, weight: e.count, types: types } });
        });
        var cy = cytoscape({
          container: box,
          elements: elements,
          style: [
            { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-valign": "bottom",
              "text-margin-y": 4, "width": "mapData(weight, 1, 20, 14, 44)", "height": "mapData(weight, 1, 20, 14, 44)",
              "background-color": "#1f5fbf" } },
            { selector: "node[kind = 'state']", style: { "background-color": "#b5651d", "shape": "round-rectangle",
              "font-weight": "bold" } },
            { selector: "edge", style: { "width": "mapData(weight, 1, 20, 1, 8)", "line-color": "#9fb0cc",
              "curve-style": "haystack", "opacity": 0.8 } }
          ],
          layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 }
        });
        cy.on("tap", "node", function (evt) {
          var href = evt.target.data("href");
          if (href) { window.location.href = "/persons/" + encodeURIComponent(href); }
        });
        status.textContent = g.nodes.length + " nodes, " + g.edges.length + " links";
        box.setAttribute("data-ready", "1");
      })
      .catch(function (err) { status.textContent = "graph could not be loaded: " + err; });
  });
})();
