/* quire theme: optional enhancements only; every page works without this file.
   1. The theme switch (auto, light, dark), remembered in localStorage.
   2. Clicking a heading's "#" anchor still jumps to it, and also copies the section's address.
   3. The wide-screen table of contents marks the section being read.
   4. A copy button on every code block.
   5. Tabs: a tab list over the panels; the choice is kept across the page and across pages.
   6. Images open enlarged in a dialog (without the script, the link opens the image); so do
      diagrams drawn smaller than their own size, from a button.
   7. Escape closes the phone menu; tables that scroll say so. */
(function () {
  "use strict";
  if (!document.addEventListener || !document.querySelectorAll) return;

  var root = document.documentElement;
  function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  function announce(text) {
    status.textContent = text;
    setTimeout(function () { if (status.textContent === text) status.textContent = ""; }, 2000);
  }

  // 1. Theme switch. The inline script in <head> has already applied the stored choice.
  function setupThemeSwitch() {
    var box = document.querySelector(".theme-switch");
    var select = box && box.querySelector("select");
    if (!select) return;
    var choice = stored("quire-theme");
    select.value = choice === "light" || choice === "dark" ? choice : "auto";
    box.hidden = false;
    select.addEventListener("change", function () {
      if (select.value === "auto") root.removeAttribute("data-theme");
      else root.setAttribute("data-theme", select.value);
      store("quire-theme", select.value);
    });
  }

  // 2. Heading anchors copy their link.
  if (navigator.clipboard) {
    document.addEventListener("click", function (event) {
      var anchor = event.target.closest ? event.target.closest("a.heading-anchor") : null;
      if (!anchor) return;
      navigator.clipboard.writeText(anchor.href).then(function () {
        anchor.setAttribute("data-copied", "");
        announce("Link to this section copied");
        setTimeout(function () { anchor.removeAttribute("data-copied"); }, 1500);
      }, function () { /* no permission: the link still works */ });
    });
  }

  // 3. Table of contents follows the reading position.
  function setupTocMarker() {
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
      var line = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
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
  }

  // 4. Copy buttons.
  function setupCopyButtons() {
    if (!navigator.clipboard) return;
    var blocks = document.querySelectorAll(".code-block");
    for (var i = 0; i < blocks.length; i++) {
      (function (block) {
        var code = block.querySelector("code");
        if (!code) return;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-button";
        button.textContent = "Copy";
        var lang = block.getAttribute("data-lang");
        button.setAttribute("aria-label", lang && lang !== "text" ? "Copy " + lang + " code" : "Copy code");
        button.addEventListener("click", function () {
          navigator.clipboard.writeText(code.textContent.replace(/\n$/, "")).then(function () {
            button.textContent = "Copied";
            announce("Code copied");
            setTimeout(function () { button.textContent = "Copy"; }, 1500);
          }, function () { button.textContent = "Press Ctrl+C"; });
        });
        block.appendChild(button);
      })(blocks[i]);
    }
  }

  // 5. Tabs. A set's key is its sync="" name, or else its tab names, so sets with the same tabs
  //    (macOS / Windows / Linux) switch together here and on every later page.
  var tabSets = [];
  function tabKey(set) { return "quire-tab:" + set.key; }
  function selectTab(set, index, focus) {
    for (var i = 0; i < set.buttons.length; i++) {
      var on = i === index;
      set.buttons[i].setAttribute("aria-selected", on ? "true" : "false");
      set.buttons[i].tabIndex = on ? 0 : -1;
      set.panels[i].hidden = !on;
    }
    markShrunkDiagrams(); // a diagram in the panel now shown is measured now
    if (focus) set.buttons[index].focus();
  }
  function chooseTab(key, name, except) {
    for (var i = 0; i < tabSets.length; i++) {
      var set = tabSets[i];
      if (set === except || set.key !== key) continue;
      var at = set.names.indexOf(name);
      if (at >= 0) selectTab(set, at, false);
    }
  }
  function setupTabs() {
    var sets = document.querySelectorAll(".tabs");
    for (var s = 0; s < sets.length; s++) {
      var element = sets[s];
      var panels = [];
      for (var c = 0; c < element.children.length; c++) {
        if (element.children[c].classList.contains("tab-panel")) panels.push(element.children[c]);
      }
      if (!panels.length) continue;
      var names = panels.map(function (p) { return p.getAttribute("data-tab"); });
      var set = { element: element, panels: panels, names: names, buttons: [],
        key: element.getAttribute("data-sync") || names.join("\u001f") };
      var list = document.createElement("div");
      list.className = "tab-list";
      list.setAttribute("role", "tablist");
      var id = "tabs-" + s;
      for (var i = 0; i < panels.length; i++) {
        var button = document.createElement("button");
        button.type = "button";
        button.id = id + "-tab-" + i;
        button.setAttribute("role", "tab");
        button.setAttribute("aria-controls", id + "-panel-" + i);
        button.textContent = names[i];
        panels[i].id = id + "-panel-" + i;
        panels[i].setAttribute("role", "tabpanel");
        panels[i].setAttribute("aria-labelledby", button.id);
        panels[i].tabIndex = 0;
        list.appendChild(button);
        set.buttons.push(button);
      }
      element.insertBefore(list, element.firstChild);
      element.setAttribute("data-ready", "");
      tabSets.push(set);
      (function (set) {
        list.addEventListener("click", function (event) {
          var at = set.buttons.indexOf(event.target.closest("[role=tab]"));
          if (at < 0) return;
          selectTab(set, at, false);
          store(tabKey(set), set.names[at]);
          chooseTab(set.key, set.names[at], set);
        });
        list.addEventListener("keydown", function (event) {
          var at = set.buttons.indexOf(document.activeElement);
          if (at < 0) return;
          var n = set.buttons.length, to = -1;
          if (event.key === "ArrowRight") to = (at + 1) % n;
          else if (event.key === "ArrowLeft") to = (at - 1 + n) % n;
          else if (event.key === "Home") to = 0;
          else if (event.key === "End") to = n - 1;
          if (to < 0) return;
          event.preventDefault();
          selectTab(set, to, true);
          store(tabKey(set), set.names[to]);
          chooseTab(set.key, set.names[to], set);
        });
      })(set);
      var remembered = stored(tabKey(set));
      var start = remembered ? names.indexOf(remembered) : -1;
      selectTab(set, start < 0 ? 0 : start, false);
    }
    // Another open page of the site chose a tab: follow it.
    window.addEventListener("storage", function (event) {
      if (!event.key || event.key.indexOf("quire-tab:") !== 0 || !event.newValue) return;
      chooseTab(event.key.slice("quire-tab:".length), event.newValue, null);
    });
  }

  // 6. Enlarged images and diagrams. An image opens from its link; a diagram drawn smaller than
  // its own size (or scrolling in its box) gets an "Enlarge diagram" button, and its SVG is moved
  // into the dialog while it is open (moved, not copied, so its ids stay unique) and back after.
  var lightbox = null;
  function setupLightbox() {
    if (typeof HTMLDialogElement !== "function") return;
    var dialog, body, image, caption, opener = null, shown = null;
    function build() {
      dialog = document.createElement("dialog");
      dialog.className = "lightbox";
      var bar = document.createElement("div");
      bar.className = "lightbox-bar";
      caption = document.createElement("p");
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Close";
      close.addEventListener("click", function () { dialog.close(); });
      bar.appendChild(caption);
      bar.appendChild(close);
      body = document.createElement("div");
      body.className = "lightbox-body";
      image = document.createElement("img");
      image.addEventListener("click", function () { dialog.close(); });
      dialog.appendChild(bar);
      dialog.appendChild(body);
      dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
      dialog.addEventListener("close", function () {
        if (shown) { shown.svg.style.width = ""; shown.box.appendChild(shown.svg); shown = null; }
        if (opener) opener.focus();
      });
      document.body.appendChild(dialog);
    }
    function open(from, label, text, content) {
      if (!dialog) build();
      opener = from;
      dialog.setAttribute("aria-label", label);
      caption.textContent = text;
      body.textContent = "";
      body.appendChild(content);
      dialog.showModal();
      // What does not fit starts in the middle, where a chart's first node usually is.
      body.scrollLeft = (body.scrollWidth - body.clientWidth) / 2;
      body.scrollTop = 0;
    }
    lightbox = {
      diagram: function (button, box) {
        var svg = box.querySelector("svg");
        if (!svg) return;
        svg.style.width = fittedWidth(svg) + "px";
        var title = box.getAttribute("aria-label") || "";
        shown = { box: box, svg: svg };
        open(button, "Enlarged diagram" + (title ? ": " + title : ""), title, svg);
      }
    };
    // The diagram whole in the window, no larger than its own size, when its labels stay at 12 px
    // or more (the SVG's min-width); else as wide as the window allows, to scroll down.
    function fittedWidth(svg) {
      var w = +svg.getAttribute("width") || 800, h = +svg.getAttribute("height") || 600;
      var least = parseFloat(svg.style.minWidth) || 0;
      var roomW = window.innerWidth * 0.96 - 16, roomH = window.innerHeight * 0.96 - 48;
      var whole = Math.min(w, roomW, roomH * w / h);
      return whole >= least ? whole : Math.max(least, Math.min(w, roomW));
    }
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var link = event.target.closest ? event.target.closest("a.zoom") : null;
      if (!link) return;
      var thumb = link.querySelector("img");
      event.preventDefault();
      if (!dialog) build();
      image.src = link.href;
      var w = thumb && (thumb.naturalWidth || +thumb.getAttribute("width"));
      var h = thumb && (thumb.naturalHeight || +thumb.getAttribute("height"));
      image.style.setProperty("--ratio", w && h ? String(w / h) : "1.5");
      image.alt = thumb ? thumb.alt : "";
      open(link, "Enlarged image", image.alt, image);
    });
  }

  // A build-time diagram drawn smaller than its own size, or scrolling, gets a button that opens
  // it in the dialog at the size the window allows; the button goes when the diagram fits again.
  function markShrunkDiagrams() {
    if (!lightbox) return;
    var boxes = document.querySelectorAll(".content .diagram");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i], svg = box.querySelector("svg.mermaid");
      if (!svg || box.clientWidth === 0) continue; // not shown (a hidden tab panel)
      var own = +svg.getAttribute("width");
      var shrunk = box.scrollWidth > box.clientWidth + 1 || (own > 0 && svg.getBoundingClientRect().width < own - 1);
      var tools = box.previousElementSibling;
      var has = tools && tools.classList.contains("diagram-tools");
      if (shrunk && !has) {
        tools = document.createElement("div");
        tools.className = "diagram-tools";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "diagram-enlarge";
        button.textContent = "Enlarge diagram";
        button.addEventListener("click", (function (b, target) {
          return function () { lightbox.diagram(b, target); };
        })(button, box));
        tools.appendChild(button);
        box.parentNode.insertBefore(tools, box);
      } else if (!shrunk && has && !(document.activeElement && tools.contains(document.activeElement))) {
        tools.parentNode.removeChild(tools);
      }
    }
  }

  // 7. Escape closes the phone menu and gives focus back to its button.
  function setupMenu() {
    var toggle = document.getElementById("menu-toggle");
    if (!toggle) return;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked) return;
      toggle.checked = false;
      toggle.focus();
    });
  }

  function markScrollingTables() {
    var boxes = document.querySelectorAll(".table-scroll");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].scrollWidth > boxes[i].clientWidth + 1) boxes[i].setAttribute("data-scrolls", "");
      else boxes[i].removeAttribute("data-scrolls");
    }
  }

  function start() {
    document.body.appendChild(status);
    setupThemeSwitch();
    setupTocMarker();
    setupCopyButtons();
    setupTabs();
    setupLightbox();
    setupMenu();
    markScrollingTables();
    markShrunkDiagrams();
    var resizing = false;
    window.addEventListener("resize", function () {
      if (!resizing) {
        resizing = true;
        requestAnimationFrame(function () { resizing = false; markScrollingTables(); markShrunkDiagrams(); });
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
