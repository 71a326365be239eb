(function () {
  "use strict";
  var table = document.getElementById("queue-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=category]"));
  var states = Array.prototype.slice.call(document.querySelectorAll("input[name=status]"));
  var slider = document.getElementById("threshold");
  var shown = document.getElementById("threshold-value");
  var count = document.getElementById("shown-count");
  var sortBy = document.getElementById("sort");

  function filter() {
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var allowed = {};
    states.forEach(function (b) { allowed[b.value] = b.checked; });
    var min = parseFloat(slider.value);
    shown.textContent = min.toFixed(2);
    var visible = 0;
    rows.forEach(function (row) {
      var best = -1;
      row.getAttribute("data-categories").split(" ").forEach(function (c) {
        var score = parseFloat(row.getAttribute("data-score-" + c));
        if (wanted[c] && score > best) { best = score; }
      });
      var status = row.getAttribute("data-status");
      var keep = best >= min && (!states.length || !status || allowed[status]);
      row.classList.toggle("hidden", !keep);
      if (keep) { visible += 1; }
    });
    count.textContent = String(visible);
  }

  function sort(key, descending) {
    rows.sort(function (a, b) {
      var x = parseFloat(a.getAttribute("data-" + key)), y = parseFloat(b.getAttribute("data-" + key));
      return descending ? y - x : x - y;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
      if (th.getAttribute("data-sort") === key) { th.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
    });
    sortBy.value = key + (descending ? "-desc" : "-asc");
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.getAttribute("data-sort");
    if (!key) { return; }
    th.addEventListener("click", function () { sort(key, th.getAttribute("aria-sort") !== "descending"); });
  });
  sortBy.addEventListener("change", function () {
    var parts = sortBy.value.split("-");
    sort(parts[0], parts[1] === "desc");
  });
  boxes.concat(states).forEach(function (b) { b.addEventListener("change", filter); });
  slider.addEventListener("input", filter);

  // A view can be linked: report.html#min=0.7&categories=insult,harassment&status=new&sort=time-desc
  var wanted = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var kv = pair.split("=");
    if (kv.length === 2) { wanted[kv[0]] = decodeURIComponent(kv[1]); }
  });
  if (wanted.min && !isNaN(parseFloat(wanted.min))) { slider.value = wanted.min; }
  if (wanted.status) {
    var only = wanted.status.split(",");
    states.forEach(function (b) { b.checked = only.indexOf(b.value) >= 0; });
  }
  if (wanted.categories) {
    var keep = wanted.categories.split(",");
    boxes.forEach(function (b) { b.checked = keep.indexOf(b.value) >= 0; });
  }
  if (/^(rank|priority|score|time)-(asc|desc)$/.test(wanted.sort || "")) {
    sort(wanted.sort.split("-")[0], wanted.sort.split("-")[1] === "desc");
  }
  filter();
  document.documentElement.setAttribute("data-ready", "1");
})();
