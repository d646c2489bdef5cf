/* quire theme: optional enhancement only; every page works without it.
   Clicking a heading's "#" anchor still jumps to it, and also copies the section's address. */
(function () {
  "use strict";
  if (!navigator.clipboard || !document.addEventListener) return;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(status); });
  document.addEventListener("click", function (event) {
    var anchor = event.target.closest ? event.target.closest("a.heading-anchor") : null;
    if (!anchor) return;
    navigator.clipboard.writeText(anchor.href).then(function () {
      anchor.setAttribute("data-copied", "");
      status.textContent = "Link to this section copied";
      setTimeout(function () { anchor.removeAttribute("data-copied"); status.textContent = ""; }, 1500);
    }, function () { /* no permission: the link still works */ });
  });
})();
