/* quire theme: optional enhancements only; every page works without this file.
   1. Clicking a heading's "#" anchor still jumps to it, and also copies the section's address.
   2. The wide-screen table of contents marks the section being read. */
(function () {
  "use strict";
  if (!document.addEventListener || !document.querySelectorAll) return;

  if (navigator.clipboard) {
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
  }

  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll(".toc a[href^='#']");
    if (!links.length) return;
    var headings = [];
    for (var i = 0; i < links.length; i++) {
      var target = document.getElementById(decodeURIComponent(links[i].hash.slice(1)));
      if (target) headings.push({ heading: target, link: links[i] });
    }
    var pending = false;
    function mark() {
      pending = false;
      var line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      var current = null;
      for (var j = 0; j < headings.length; j++) {
        if (headings[j].heading.getBoundingClientRect().top <= line + 8) current = headings[j];
      }
      for (var k = 0; k < headings.length; k++) {
        if (headings[k] === current) headings[k].link.setAttribute("aria-current", "true");
        else headings[k].link.removeAttribute("aria-current");
      }
    }
    window.addEventListener("scroll", function () {
      if (!pending) { pending = true; requestAnimationFrame(mark); }
    }, { passive: true });
    mark();
    window.addEventListener("load", mark);
  });
})();
