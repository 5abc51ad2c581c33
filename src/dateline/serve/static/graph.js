// Draw the graph of states and people from /api/graph with the vendored cytoscape; labels are text, never HTML.
// States are rounded squares, people circles (the legend in graph.html shows the same symbols); each edge is
// labelled with its event types and counts. After the force layout, boxes that still overlap (a node with its
// label) are pushed apart, so no two labels cover each other.
(function () {
  "use strict";

  var STATE = "#b5651d", PERSON = "#1f5fbf", EDGE = "#9fb0cc";
  var GAP = 4;            // px kept free between two labelled nodes
  var MAX_ROUNDS = 200;   // separation rounds before giving up (each round fixes every overlapping pair once)

  function edgeLabel(types) {
    return Object.keys(types).sort(function (a, b) { return types[b] - types[a] || (a < b ? -1 : 1); })
      .map(function (t) { return t + " " + types[t]; }).join(" · ");
  }

  // Push apart every pair of nodes whose boxes (node and label) overlap, along the axis that needs the
  // smaller move, until none overlap. Returns the overlaps left (0 unless MAX_ROUNDS ran out).
  function separate(cy) {
    var nodes = cy.nodes();
    var left = 0;
    for (var round = 0; round < MAX_ROUNDS; round++) {
      var boxes = nodes.map(function (n) { return n.boundingBox({ includeLabels: true, includeOverlays: false }); });
      left = 0;
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = boxes[i], b = boxes[j];
          var dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP;
          var dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP;
          if (dx <= 0 || dy <= 0) { continue; }
          left++;
          var pa = nodes[i].position(), pb = nodes[j].position();
          var move = {};
          if (dx < dy) {
            var sx = (a.x1 + a.x2 <= b.x1 + b.x2) ? -1 : 1;
            move = { x: sx * dx / 2, y: 0 };
          } else {
            var sy = (a.y1 + a.y2 <= b.y1 + b.y2) ? -1 : 1;
            move = { x: 0, y: sy * dy / 2 };
          }
          nodes[i].position({ x: pa.x + move.x, y: pa.y + move.y });
          nodes[j].position({ x: pb.x - move.x, y: pb.y - move.y });
          boxes[i] = nodes[i].boundingBox({ includeLabels: true, includeOverlays: false });
          boxes[j] = nodes[j].boundingBox({ includeLabels: true, includeOverlays: false });
        }
      }
      if (left === 0) { break; }
    }
    return left;
  }

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
          elements.push({ data: { id: e.id, source: e.source, target: e.target, weight: e.count,
            label: edgeLabel(e.types), types: Object.keys(e.types).join(" ") } });
        });
        var cy = cytoscape({
          container: box,
          elements: elements,
          minZoom: 0.2,
          maxZoom: 4,
          style: [
            { selector: "node", style: { "label": "data(label)", "font-size": 12, "text-valign": "bottom",
              "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 140,
              "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
              "width": "mapData(weight, 1, 20, 14, 40)", "height": "mapData(weight, 1, 20, 14, 40)",
              "background-color": PERSON, "shape": "ellipse" } },
            { selector: "node[kind = 'state']", style: { "background-color": STATE, "shape": "round-rectangle",
              "font-weight": "bold" } },
            { selector: "edge", style: { "width": "mapData(weight, 1, 20, 1.5, 7)", "line-color": EDGE,
              "curve-style": "bezier", "opacity": 0.85, "label": "data(label)", "font-size": 10, "color": "#4a5568",
              "text-rotation": "autorotate", "text-background-color": "#fafbfc", "text-background-opacity": 0.9,
              "text-background-padding": 1, "min-zoomed-font-size": 6 } }
          ],
          layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
            nodeRepulsion: 4000, idealEdgeLength: 70, nodeOverlap: 20, componentSpacing: 30, gravity: 1.2,
            padding: 20 }
        });
        var left = separate(cy);
        cy.fit(undefined, 30);
        cy.on("tap", "node", function (evt) {
          var href = evt.target.data("href");
          if (href) { window.location.href = "/persons/" + encodeURIComponent(href); }
        });
        window.datelineGraph = cy;
        status.textContent = g.nodes.length + " nodes, " + g.edges.length + " links" +
          (left ? " (" + left + " labels still overlap)" : "");
        box.setAttribute("data-ready", "1");
      })
      .catch(function (err) { status.textContent = "graph could not be loaded: " + err; });
  });
})();
