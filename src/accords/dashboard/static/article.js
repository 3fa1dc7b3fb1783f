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
