// Checks a message against the netiquette as the writer types, with the same
// engine the server uses when the form is sent. Without JavaScript the form
// works the same; the server's answer just comes after sending.
(function () {
  "use strict";
  var box = document.getElementById("live-findings");
  var text = document.getElementById("m-text");
  if (!box || !text || !window.fetch) { return; }
  var form = text.form;
  var url = box.getAttribute("data-check-url");
  var counter = document.createElement("p");
  counter.className = "hint counter";
  counter.setAttribute("aria-live", "polite");
  text.insertAdjacentElement("afterend", counter);
  var max = parseInt(text.getAttribute("maxlength"), 10) || 1000;
  var timer = null;
  var last = null;

  function field(name) {
    var el = form.elements.namedItem(name);
    return el && el.value ? el.value : "";
  }

  function count() {
    var used = Array.from(text.value).length;
    counter.textContent = used + " / " + max;
  }

  // Hints (a language the recipient may not read) are a gentle note under the
  // findings: the message can still be sent, so nothing is disabled.
  function showHints(hints) {
    (hints || []).forEach(function (h) {
      var note = document.createElement("p");
      note.className = "gentle-note";
      note.setAttribute("data-code", h.code);
      note.textContent = h.message;
      box.appendChild(note);
    });
  }

  function show(findings, hints) {
    box.textContent = "";
    showHints(hints);
    if (!findings.length) { return; }
    var wrap = document.createElement("div");
    wrap.className = "findings";
    var list = document.createElement("ul");
    findings.forEach(function (f) {
      var item = document.createElement("li");
      item.textContent = f.explanation;
      list.appendChild(item);
    });
    wrap.appendChild(list);
    box.appendChild(wrap);
  }

  function check() {
    var payload = JSON.stringify({ text: text.value, name: field("name"), place: field("place") });
    if (payload === last) { return; }
    last = payload;
    fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: payload })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data) { show(data.findings, data.hints); } })
      .catch(function () { /* the server checks again on sending */ });
  }

  function schedule() {
    count();
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  }

  text.addEventListener("input", schedule);
  ["name", "place"].forEach(function (name) {
    var el = form.elements.namedItem(name);
    if (el) { el.addEventListener("change", schedule); }
  });
  count();
})();
