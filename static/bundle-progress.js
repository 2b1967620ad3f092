// Updates a bundle's progress bar while it builds, then shows the download link.
(function () {
  "use strict";
  var page = document.getElementById("bundle");
  if (!page || !window.fetch) { return; }
  var status = page.getAttribute("data-status");
  if (status !== "queued" && status !== "building") { return; }
  var url = page.getAttribute("data-status-url");
  var bar = document.getElementById("bundle-progress");
  var text = document.getElementById("bundle-progress-text");
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return setTimeout(poll, 3000); }
        document.getElementById("bundle-status").textContent = data.status;
        if (bar) { bar.max = data.total || 1; bar.value = data.done; }
        if (text) { text.textContent = data.done + " / " + (data.total || "?"); }
        if (data.status === "ready") {
          document.getElementById("bundle-sha256").textContent = data.sha256 || "";
          document.getElementById("bundle-ready").hidden = false;
          if (bar) { bar.hidden = true; }
        } else if (data.status === "failed") {
          window.location.reload();
        } else {
          setTimeout(poll, 1000);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();
