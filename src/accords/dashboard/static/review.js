// Review from the dashboard. Signing in keeps a name and the server's write token in this
// tab's sessionStorage (nothing is sent until a verdict is given); the buttons then call
// the JSON API with the token: POST /api/v1/facts/{id}/verdicts (confirm, reject, correct)
// and POST /api/v1/entities/merges. The name signs every verdict (the log's "by").
(function () {
  "use strict";
  var KEY = "accords.reviewer";

  function reviewer() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
  }

  function show() {
    var who = reviewer();
    document.body.classList.toggle("reviewing", !!who);
    var status = document.getElementById("review-who");
    if (status) status.textContent = who ? "reviewing as " + who.name : "";
  }

  function say(near, message) {
    var box = near.closest(".review-controls, .merge-form");
    var status = box && box.querySelector(".review-status");
    if (status) status.textContent = message;
  }

  function post(url, body) {
    var who = reviewer();
    body.by = who.name;
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + who.token },
      body: JSON.stringify(body)
    }).then(function (answer) {
      return answer.json().catch(function () { return {}; }).then(function (data) {
        if (!answer.ok) throw new Error((data.error && data.error.message) || ("HTTP " + answer.status));
        return data;
      });
    });
  }

  function judge(control, body) {
    var id = control.closest(".review-controls").dataset.factId;
    say(control, "saving…");
    post("/api/v1/facts/" + encodeURIComponent(id) + "/verdicts", body)
      .then(function () { location.reload(); })
      .catch(function (error) { say(control, error.message); });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-verdict]");
    if (button && reviewer()) {
      var action = button.dataset.verdict;
      if (action === "correct") {
        var form = button.closest(".review-controls").querySelector(".correct-form");
        form.hidden = !form.hidden;
        return;
      }
      judge(button, { action: action });
      return;
    }
    if (event.target.id === "review-signout") {
      event.preventDefault();
      sessionStorage.removeItem(KEY);
      show();
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id === "review-login") {
      event.preventDefault();
      sessionStorage.setItem(KEY, JSON.stringify({ name: form.name.value.trim(), token: form.token.value }));
      form.reset();
      document.getElementById("review-login-box").open = false;
      show();
    } else if (form.classList.contains("correct-form")) {
      event.preventDefault();
      var changes = {};
      changes[form.field.value] = form.value.value;
      judge(form, { action: "correct", changes: changes });
    } else if (form.classList.contains("merge-form")) {
      event.preventDefault();
      var into = form.into.value.trim();
      say(form, "merging…");
      post("/api/v1/entities/merges", { key: form.dataset.key, into: into })
        .then(function () { location.assign("/entity/" + encodeURIComponent(into).replace("%3A", ":")); })
        .catch(function (error) { say(form, error.message); });
    }
  });

  show();
})();
