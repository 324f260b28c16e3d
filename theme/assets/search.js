// Search as you type, over search-index.json (written by copsite build).
// Loaded on every page but reads the index only on /search/ or when a reader
// first uses the search box in the header, so other pages cost one small file.
'use strict';
(function () {
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'œ': 'oe', 'þ': 'th', '’': "'" };
  // Same folding and word rule as copsite's fold_for_search and split_search_words.
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßæøłđıœþ’]/g, function (c) { return SPECIAL[c]; });
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9\u00c0-\u1fff\u2070-\u2fff\u3040-\uffff]+/).filter(Boolean);
  }

  var loading = null;
  function loadIndex(url) {
    if (!loading) {
      loading = fetch(url).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      }).then(prepare);
      loading.catch(function () { loading = null; });  // a later keystroke tries again
    }
    return loading;
  }
  function prepare(index) {
    index.stopSet = new Set(index.stop);
    index.titleWords = index.docs.map(function (d) { return words(d[1]); });
    return index;
  }
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // "0,3,a1": base-36 differences; "~…": a bitmap, 6 documents a character.
  function postings(index, i) {
    var p = index.postings[i];
    var out = [];
    if (p.charAt(0) === '~') {
      for (var k = 1; k < p.length; k++) {
        var bits = DIGITS.indexOf(p.charAt(k));
        for (var b = 0; b < 6; b++) if (bits & (1 << b)) out.push((k - 1) * 6 + b);
      }
      return out;
    }
    var doc = 0;
    p.split(',').forEach(function (d) { doc += parseInt(d, 36); out.push(doc); });
    return out;
  }
  // Documents having a word that starts with `term`.
  function prefixMatches(index, term) {
    var w = index.words;
    var lo = 0;
    var hi = w.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (w[mid] < term) lo = mid + 1; else hi = mid;
    }
    var docs = new Set();
    for (var i = lo; i < w.length && w[i].lastIndexOf(term, 0) === 0; i++)
      postings(index, i).forEach(function (d) { docs.add(d); });
    return docs;
  }
  // Every term must match (as a word prefix); hits in the title rank first.
  function search(index, query) {
    var terms = words(query).filter(function (t) { return !index.stopSet.has(t); });
    if (!terms.length) return [];
    var found = null;
    terms.forEach(function (t) {
      var docs = prefixMatches(index, t);
      found = found ? new Set(Array.from(found).filter(function (d) { return docs.has(d); })) : docs;
    });
    var whole = fold(query).trim();
    var hits = Array.from(found).map(function (d) {
      var title = index.titleWords[d];
      var score = 0;
      terms.forEach(function (t) {
        if (title.indexOf(t) >= 0) score += 10;
        else if (title.some(function (w) { return w.lastIndexOf(t, 0) === 0; })) score += 6;
        else score += 1;
      });
      if (fold(index.docs[d][1]).lastIndexOf(whole, 0) === 0) score += 5;
      return { doc: d, score: score };
    });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return hits.map(function (h) { return index.docs[h.doc]; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function renderHits(index, hits, list, limit) {
    list.textContent = '';
    hits.slice(0, limit).forEach(function (d) {
      var li = el('li', 'search-hit');
      var a = el('a', null, d[1]);
      a.href = d[2];
      var heading = el('p', 'search-hit-title');
      heading.appendChild(a);
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(el('span', 'badge', index.kinds[d[0]]));
      li.appendChild(heading);
      if (d[3]) li.appendChild(el('p', 'search-hit-snippet', d[3]));
      list.appendChild(li);
    });
  }
  function countText(n, query) {
    if (!query.trim()) return '';
    return (n === 0 ? 'No results' : n === 1 ? '1 result' : n + ' results') + ' for “' + query.trim() + '”';
  }
  function debounce(fn, ms) {
    var t;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  // /search/: full results, the query kept in the address so it can be shared.
  function searchPage(form) {
    var input = form.querySelector('input[type=search]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = el('button', 'search-more', '');
    more.type = 'button';
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var needsJs = document.querySelector('[data-search-needs-js]');
    if (needsJs) needsJs.hidden = true;
    var limit = 50;
    var hits = [];
    var index = null;
    function show() {
      renderHits(index, hits, list, limit);
      more.hidden = hits.length <= limit;
      more.textContent = 'Show ' + Math.min(50, hits.length - limit) + ' more results';
    }
    // Announced a moment after typing stops, so screen readers are not flooded.
    var announce = debounce(function () { status.textContent = countText(hits.length, input.value); }, 400);
    function update() {
      var query = input.value;
      var url = new URL(location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      if (!query.trim()) { hits = []; list.textContent = ''; more.hidden = true; status.textContent = ''; return; }
      loadIndex(input.dataset.index).then(function (ix) {
        if (input.value !== query) return;
        index = ix;
        hits = search(index, query);
        limit = 50;
        show();
        announce();
      }, function () {
        status.textContent = 'The search index could not be loaded. Please try again, or browse the indexes below.';
      });
    }
    more.addEventListener('click', function () {
      limit += 50;
      show();
      var next = list.children[limit - 50];
      if (next) next.querySelector('a').focus();
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
    input.addEventListener('input', update);
    var q = new URL(location.href).searchParams.get('q');
    if (q) { input.value = q; update(); }
  }

  // The header box elsewhere: the first hits below it as the reader types;
  // Enter opens /search/ with every result.
  function headerBox(form) {
    var input = form.querySelector('input[type=search]');
    var panel = el('div', 'header-results');
    panel.id = 'site-search-results';
    panel.hidden = true;
    var status = el('p', 'search-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var list = el('ol', 'search-results');
    var all = el('a', 'search-all', 'All results');
    all.href = form.action;  // a real link before the first query, for crawlers too
    panel.appendChild(status);
    panel.appendChild(list);
    panel.appendChild(all);
    form.appendChild(panel);
    input.setAttribute('aria-controls', panel.id);
    input.addEventListener('focus', function () { loadIndex(input.dataset.index).catch(function () {}); }, { once: true });
    var announce = debounce(function (text) { status.textContent = text; }, 400);
    input.addEventListener('input', function () {
      var query = input.value;
      if (!query.trim()) { panel.hidden = true; return; }
      loadIndex(input.dataset.index).then(function (index) {
        if (input.value !== query) return;
        var hits = search(index, query);
        renderHits(index, hits, list, 6);
        all.href = form.action + '?q=' + encodeURIComponent(query);
        all.textContent = hits.length > 6 ? 'All ' + hits.length + ' results' : 'Open the search page';
        panel.hidden = false;
        status.textContent = '';
        announce(countText(hits.length, query));
      }, function () { panel.hidden = true; });
    });
    form.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !panel.hidden) { panel.hidden = true; input.focus(); }
    });
    document.addEventListener('click', function (e) { if (!form.contains(e.target)) panel.hidden = true; });
  }

  var page = document.querySelector('form[data-search-page]');
  if (page) searchPage(page);
  var box = document.querySelector('form[data-search-box]');
  if (box && !page) headerBox(box);
})();
