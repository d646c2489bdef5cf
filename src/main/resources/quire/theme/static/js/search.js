/* quire search: the client of the index `quire build` writes under search/ (see quire.search).
   A query fetches search/meta.json once, then only the word chunks its words fall in, then one
   small page file per result shown. Words are cut as the indexer cuts them: runs of letters
   and digits, accents dropped (NFKD), lower case. The last word of a query matches as a prefix.
   Without this script the search box stays hidden: nothing on the page depends on it. */
(function () {
  "use strict";
  var box = document.querySelector("[data-search]");
  if (!box || !window.fetch || !window.Promise || !String.prototype.normalize) return;
  var WORD, MARKS;
  try {
    WORD = new RegExp("[\\p{L}\\p{N}]+", "gu");
    MARKS = new RegExp("\\p{M}+", "gu");
  } catch (e) {
    return;
  }
  var base = box.getAttribute("data-search");
  var input = box.querySelector(".search-input");
  var panel = box.querySelector(".search-results");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-list");
  var MAX_RESULTS = 8;
  var MAX_PREFIX_CHUNKS = 3;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET.charAt(a)] = a;
  var files = {};
  var serial = 0;
  box.hidden = false;

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(base + "search/" + path).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
      files[path]["catch"](function () { delete files[path]; });
    }
    return files[path];
  }

  function fold(word) {
    return word.normalize("NFKD").replace(MARKS, "").toLowerCase();
  }

  /** Each word of text with where it stands: {word, start, end}. */
  function wordsOf(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var w = fold(m[0]);
      if (w.length > 40 || (w.length === 1 && !/[0-9]/.test(w))) continue;
      out.push({ word: w, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** Postings text → [[page, weight], …]: page numbers are gaps, both are VLQ numbers. */
  function postings(text) {
    var numbers = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGIT[text.charAt(i)];
      value += (d & 31) * Math.pow(2, shift);
      if (d & 32) {
        shift += 5;
      } else {
        numbers.push(value);
        value = 0;
        shift = 0;
      }
    }
    var out = [];
    var page = 0;
    for (var j = 0; j + 1 < numbers.length; j += 2) {
      page += numbers[j];
      out.push([page, numbers[j + 1]]);
    }
    return out;
  }

  /** The chunk holding word: the last one whose first word is not after it. */
  function chunkOf(meta, word) {
    var lo = 0, hi = meta.chunks.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (meta.chunks[mid] <= word) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return at;
  }

  function chunksFor(meta, word, prefix) {
    var first = chunkOf(meta, word);
    var out = [first];
    if (prefix) {
      for (var i = first + 1; i < meta.chunks.length && out.length < MAX_PREFIX_CHUNKS; i++) {
        if (meta.chunks[i].lastIndexOf(word, 0) !== 0) break;
        out.push(i);
      }
    }
    return out;
  }

  function search(query) {
    var terms = wordsOf(query).map(function (w) { return w.word; });
    var prefixLast = !/\s$/.test(query);
    if (!terms.length) return Promise.resolve({ terms: terms, results: [] });
    return get("meta.json").then(function (meta) {
      var wanted = {};
      terms.forEach(function (t, k) {
        chunksFor(meta, t, prefixLast && k === terms.length - 1).forEach(function (c) { wanted[c] = true; });
      });
      var names = Object.keys(wanted);
      return Promise.all(names.map(function (c) { return get(meta.build + "/w" + c + ".json"); })).then(function (chunks) {
        var scores = null;
        terms.forEach(function (term, k) {
          var prefix = prefixLast && k === terms.length - 1;
          var best = {};
          chunks.forEach(function (chunk) {
            Object.keys(chunk).forEach(function (word) {
              if (word !== term && !(prefix && word.lastIndexOf(term, 0) === 0)) return;
              var list = postings(chunk[word]);
              var idf = Math.log(1 + meta.pages / list.length);
              var exact = word === term ? 1 : 0.8;
              list.forEach(function (p) {
                var s = idf * exact * p[1] / (p[1] + 2);
                if (!(p[0] in best) || best[p[0]] < s) best[p[0]] = s;
              });
            });
          });
          if (scores === null) {
            scores = best;
          } else {
            var both = {};
            Object.keys(scores).forEach(function (page) { if (page in best) both[page] = scores[page] + best[page]; });
            scores = both;
          }
        });
        var ranked = Object.keys(scores || {}).map(function (page) { return [Number(page), scores[page]]; });
        ranked.sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; });
        return Promise.all(ranked.slice(0, MAX_RESULTS).map(function (r) {
          return get(meta.build + "/p" + r[0] + ".json");
        })).then(function (pages) { return { terms: terms, results: pages, total: ranked.length, prefix: prefixLast }; });
      });
    });
  }

  function matches(word, terms, prefix) {
    for (var i = 0; i < terms.length; i++) {
      if (word === terms[i] || ((prefix || i < terms.length - 1) && word.lastIndexOf(terms[i], 0) === 0)) return true;
    }
    return false;
  }

  /** The section of a page that holds most of the query's words, and where in its text. */
  function bestSection(page, terms, prefix) {
    var best = null;
    page.h.forEach(function (s) {
      var inText = wordsOf(s[2]).filter(function (w) { return matches(w.word, terms, prefix); });
      var inHeading = wordsOf(s[1]).filter(function (w) { return matches(w.word, terms, prefix); }).length;
      var score = inText.length + 2 * inHeading;
      if (best === null || score > best.score) best = { section: s, hits: inText, score: score };
    });
    return best;
  }

  /** Appends text to parent with the query's words marked. */
  function appendMarked(parent, text, terms, prefix) {
    var at = 0;
    wordsOf(text).forEach(function (w) {
      if (!matches(w.word, terms, prefix)) return;
      parent.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(w.start, w.end);
      parent.appendChild(mark);
      at = w.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function excerpt(text, hits) {
    var around = hits.length ? hits[0].start : 0;
    var start = Math.max(0, around - 60);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + 200);
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function show(answer) {
    list.textContent = "";
    answer.results.forEach(function (page) {
      var best = bestSection(page, answer.terms, answer.prefix);
      var section = best ? best.section : ["", "", ""];
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.className = "search-result";
      link.href = base + page.u + (section[0] ? "#" + section[0] : "");
      var title = document.createElement("span");
      title.className = "search-title";
      appendMarked(title, page.t, answer.terms, answer.prefix);
      link.appendChild(title);
      var where = [page.s, section[1] && section[1] !== page.t ? section[1] : ""].filter(Boolean).join(" › ");
      if (where) {
        var crumb = document.createElement("span");
        crumb.className = "search-section";
        crumb.textContent = where;
        link.appendChild(crumb);
      }
      var text = document.createElement("span");
      text.className = "search-excerpt";
      appendMarked(text, excerpt(section[2], best ? best.hits : []), answer.terms, answer.prefix);
      link.appendChild(text);
      li.appendChild(link);
      list.appendChild(li);
    });
    status.textContent = answer.results.length
      ? (answer.total > answer.results.length ? "Top " + answer.results.length + " of " + answer.total + " results" : answer.total + (answer.total === 1 ? " result" : " results"))
      : "No results for “" + input.value.trim() + "”";
    panel.hidden = false;
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value;
    if (!query.trim()) { panel.hidden = true; list.textContent = ""; return; }
    timer = setTimeout(function () {
      var mine = ++serial;
      search(query).then(function (answer) {
        if (mine === serial) show(answer);
      }, function () {
        if (mine !== serial) return;
        list.textContent = "";
        status.textContent = "Search is not available right now.";
        panel.hidden = false;
      });
    }, 80);
  });

  input.addEventListener("keydown", function (event) {
    var first = list.querySelector("a");
    if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
    else if (event.key === "Enter" && first) { event.preventDefault(); first.click(); }
    else if (event.key === "Escape") { input.value = ""; panel.hidden = true; list.textContent = ""; }
  });

  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    else if (event.key === "Escape") { panel.hidden = true; input.focus(); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) panel.hidden = true;
  });
  input.addEventListener("focus", function () {
    if (list.firstChild) panel.hidden = false;
  });
})();
