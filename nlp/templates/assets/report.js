// Sort and filter the release index; plain JavaScript so the report opens from disk with no network.
(function () {
  "use strict";
  var table = document.getElementById("releases");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById("filter-text");
  var type = document.getElementById("filter-type");
  var rating = document.getElementById("filter-rating");
  var shown = document.getElementById("shown");
  var attribute = { service: "service", type: "type", date: "date", rating: "ratingRank",
                    strengths: "strengths", weaknesses: "weaknesses", recommendations: "recommendations" };

  function filter() {
    var needle = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = (!needle || row.dataset.service.indexOf(needle) !== -1) &&
               (!type.value || row.dataset.type === type.value) &&
               (!rating.value || row.dataset.rating === rating.value);
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }

  function sortBy(th) {
    var key = attribute[th.dataset.key];
    var numeric = th.dataset.type === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      // failed releases and missing values stay at the bottom whichever way the column is sorted
      var failed = a.classList.contains("failed") - b.classList.contains("failed");
      if (failed) { return failed; }
      var x = a.dataset[key], y = b.dataset[key];
      if ((x === "") !== (y === "")) { return x === "" ? 1 : -1; }
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (!th.dataset.key) { return; }
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(th); } });
  });
  [text, type, rating].forEach(function (el) { el.addEventListener("input", filter); el.addEventListener("change", filter); });
  filter();
}());
