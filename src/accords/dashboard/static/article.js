// Clicking a fact in the side panel scrolls to its sentence and outlines the fact there.
document.addEventListener("click", function (event) {
  var link = event.target.closest("a.fact");
  if (!link) return;
  var target = document.getElementById(link.dataset.anchor);
  if (!target) return;
  event.preventDefault();
  var sentence = target.closest(".sentence") || target;
  sentence.scrollIntoView({ block: "center" });
  document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
  sentence.classList.add("flash");
  target.classList.add("flash");
  history.replaceState(null, "", "#" + (sentence.id || link.dataset.anchor));
});

// A link to #START-END (the evidence of a brief's line, a search hit) outlines the sentences
// that span covers and scrolls to the first.
function showSpan() {
  var found = /^#(\d+)-(\d+)$/.exec(location.hash);
  if (!found) return;
  var start = +found[1], end = +found[2], first = null;
  document.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
  document.querySelectorAll(".sentence[data-span]").forEach(function (sentence) {
    var span = sentence.dataset.span.split("-");
    if (+span[0] < end && start < +span[1]) {
      sentence.classList.add("flash");
      first = first || sentence;
    }
  });
  if (first) first.scrollIntoView({ block: "center" });
}
window.addEventListener("hashchange", showSpan);
document.addEventListener("DOMContentLoaded", showSpan);
