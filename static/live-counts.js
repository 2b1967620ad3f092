// Keeps the counters on a page up to date. Without JavaScript the page shows
// the counts as they were when it loaded; this only refreshes them.
(function () {
  "use strict";
  var holder = document.querySelector("[data-counts-url]");
  if (!holder || !window.fetch) { return; }
  var url = holder.getAttribute("data-counts-url");
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function refresh() {
    if (document.hidden) { return; }
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        document.querySelectorAll("[data-count]").forEach(function (el) {
          var value = data[el.getAttribute("data-count")];
          if (typeof value === "number") { el.textContent = format.format(value); }
        });
      })
      .catch(function () { /* offline for a moment: keep the last figures */ });
  }
  setInterval(refresh, 15000);
})();
