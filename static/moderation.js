// Keyboard-driven moderation: j/k move, a approve, r + digit reject with a
// rule, u undo, ? help, Shift+A approves the fast-lane page. Every action posts
// the same forms the page shows, so without JavaScript the buttons do exactly the same.
(function () {
  "use strict";
  var queue = document.querySelector(".queue");
  if (!queue) { return; }
  var status = document.getElementById("queue-status");
  var help = document.getElementById("keyboard-help");
  var codes = (queue.getAttribute("data-rule-codes") || "").split(",").filter(Boolean);
  var current = -1;
  var pendingReject = false;
  var lastDecided = null;
  var pageForm = document.getElementById("page-approval-form");

  function cards() { return Array.prototype.slice.call(queue.querySelectorAll(".message-card")); }
  function openCards() { return cards().filter(function (c) { return !c.classList.contains("decided"); }); }

  function announce(text) { if (status) { status.textContent = text; } }

  function select(index) {
    var list = cards();
    if (!list.length) { return; }
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach(function (c, i) { c.classList.toggle("current", i === current); });
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest" });
  }

  function csrfToken(card) {
    var field = (card || document).querySelector("input[name=csrf_token]");
    return field ? field.value : "";
  }

  function post(url, data, card) {
    data.append("csrf_token", csrfToken(card));
    return fetch(url, {
      method: "POST",
      body: data,
      headers: { "Accept": "application/json", "X-CSRFToken": csrfToken(card) },
      credentials: "same-origin"
    }).then(function (response) { return response.json().catch(function () { return { ok: false }; }); });
  }

  function decide(card, decision, reason) {
    if (!card || card.classList.contains("decided")) { return; }
    var data = new FormData();
    data.append("decision", decision);
    if (reason) { data.append("reasons", reason); }
    post(card.getAttribute("data-decision-url"), data, card).then(function (result) {
      if (result.ok) {
        card.classList.add("decided");
        card.setAttribute("data-decided", decision);
        lastDecided = card;
        announce("#" + card.getAttribute("data-message-id") + ": " + decision + (reason ? " (" + reason + ")" : ""));
        var next = openCards()[0];
        if (next) { select(cards().indexOf(next)); }
      } else {
        announce(result.error || "Could not save the decision.");
        card.classList.add("conflict");
      }
    });
  }

  function undo() {
    var data = new FormData();
    post(queue.getAttribute("data-undo-url"), data, lastDecided).then(function (result) {
      if (result.ok && (result.message_ids || []).length > 1) {
        // A whole fast-lane page came back: show it again.
        window.location.reload();
        return;
      }
      if (result.ok) {
        var card = queue.querySelector('[data-message-id="' + result.message_id + '"]');
        if (card) {
          card.classList.remove("decided");
          card.removeAttribute("data-decided");
          select(cards().indexOf(card));
        }
        lastDecided = null;
        announce("Undone: #" + result.message_id);
      } else {
        announce(result.error || "Nothing to undo.");
      }
    });
  }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var list = cards();
    var card = list[current];
    if (pendingReject) {
      pendingReject = false;
      var n = parseInt(event.key, 10);
      if (n >= 1 && n <= codes.length && card) { decide(card, "reject", codes[n - 1]); }
      else { announce("Reject cancelled."); }
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": decide(card, "approve"); break;
      case "r": if (card) { pendingReject = true; announce("Reject: press the rule's number."); } break;
      case "u": undo(); break;
      case "A":
        // Shift+A only: with caps lock on, a plain "a" must not approve a whole page.
        if (!event.shiftKey || !pageForm) { return; }
        if (pageForm.requestSubmit) { pageForm.requestSubmit(); } else { pageForm.submit(); }
        break;
      case "?": if (help) { help.hidden = !help.hidden; } break;
      default: return;
    }
    event.preventDefault();
  });

  var selectAll = document.querySelector("[data-select-all]");
  if (selectAll) {
    selectAll.addEventListener("click", function () {
      queue.querySelectorAll("input[name=message]").forEach(function (box) { box.checked = true; });
    });
  }
  if (cards().length) { select(0); }
})();
