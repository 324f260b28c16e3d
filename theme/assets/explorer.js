// The case-study explorer: combinable filters over every case study (read
// from case-studies/explorer.json, not only the first page of the index),
// with counts, and the filters kept in the address so a view can be shared.
// Within one filter, any ticked value matches; across filters, all must.
'use strict';
(function () {
  var root = document.querySelector('[data-explorer]');
  if (!root) return;
  var PAGE = 100;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  fetch(root.dataset.explorer).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.json();
  }).then(start, function () { /* the static links stay */ });

  function start(data) {
    var facets = data.facets;
    var items = data.items;
    var selected = facets.map(function () { return new Set(); });
    var params = new URLSearchParams(location.search);
    facets.forEach(function (f, i) {
      params.getAll(f.key).forEach(function (id) {
        var v = f.values.findIndex(function (value) { return value[0] === id; });
        if (v >= 0) selected[i].add(v);
      });
    });

    // The form replaces the static links.
    var form = el('form', 'explorer-form');
    form.setAttribute('aria-label', 'Filter case studies');
    var boxes = facets.map(function (f, i) {
      var details = el('details', 'facet');
      var summary = el('summary', null, f.label);
      var picked = el('span', 'facet-picked');
      summary.appendChild(picked);
      details.appendChild(summary);
      var fieldset = el('fieldset');
      fieldset.appendChild(el('legend', 'visually-hidden', f.label));
      var list = el('ul', 'facet-values');
      var inputs = f.values.map(function (value, v) {
        var li = el('li');
        var input = el('input');
        input.type = 'checkbox';
        input.id = 'filter-' + f.key + '-' + v;
        input.name = f.key;
        input.value = value[0];
        input.checked = selected[i].has(v);
        var label = el('label', null, value[1] + ' ');
        label.htmlFor = input.id;
        var count = el('span', 'count');
        label.appendChild(count);
        li.appendChild(input);
        li.appendChild(label);
        list.appendChild(li);
        input.addEventListener('change', function () {
          if (input.checked) selected[i].add(v); else selected[i].delete(v);
          update(true);
        });
        return { li: li, input: input, count: count };
      });
      if (selected[i].size) details.open = true;
      fieldset.appendChild(list);
      details.appendChild(fieldset);
      form.appendChild(details);
      return { inputs: inputs, picked: picked, details: details };
    });
    var clear = el('button', 'explorer-clear', 'Clear all filters');
    clear.type = 'button';
    clear.addEventListener('click', function () {
      selected.forEach(function (s) { s.clear(); });
      boxes.forEach(function (b) { b.inputs.forEach(function (x) { x.input.checked = false; }); });
      update(true);
    });
    form.appendChild(clear);
    var facetsBox = root.querySelector('[data-facets]');
    facetsBox.textContent = '';
    facetsBox.appendChild(form);
    var note = root.querySelector('[data-explorer-note]');
    if (note) note.hidden = true;

    var results = document.querySelector('[data-explorer-results]');
    results.textContent = '';
    var status = el('p', 'explorer-status');
    status.id = 'explorer-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var cards = el('ul', 'cards');
    cards.id = 'explorer-results';
    var more = el('button', 'explorer-more');
    more.type = 'button';
    results.appendChild(status);
    results.appendChild(cards);
    results.appendChild(more);
    var limit = PAGE;
    var matching = [];
    more.addEventListener('click', function () {
      limit += PAGE;
      render();
      var next = cards.children[limit - PAGE];
      if (next) next.querySelector('a').focus();
    });

    // Does item match every facet, leaving out facet `skip`?
    function matches(item, skip) {
      for (var f = 0; f < facets.length; f++) {
        if (f === skip || !selected[f].size) continue;
        var has = item[6][f];
        var ok = false;
        for (var k = 0; k < has.length && !ok; k++) ok = selected[f].has(has[k]);
        if (!ok) return false;
      }
      return true;
    }

    function card(item) {
      var li = el('li', 'card');
      var h = el('h3');
      var a = el('a', null, item[0]);
      a.href = item[1];
      h.appendChild(a);
      var meta = el('p', 'meta');
      var time = el('time', null, item[3]);
      time.dateTime = item[2];
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(' · ' + item[4]));
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(el('p', null, item[5]));
      return li;
    }

    function render() {
      cards.textContent = '';
      matching.slice(0, limit).forEach(function (item) { cards.appendChild(card(item)); });
      more.hidden = matching.length <= limit;
      more.textContent = 'Show ' + Math.min(PAGE, matching.length - limit) + ' more case studies';
    }

    function update(fromUser) {
      matching = items.filter(function (item) { return matches(item, -1); });
      // Counts: how many case studies each value would give with the other filters.
      facets.forEach(function (f, i) {
        var counts = new Array(f.values.length).fill(0);
        items.forEach(function (item) {
          if (matches(item, i)) item[6][i].forEach(function (v) { counts[v]++; });
        });
        boxes[i].inputs.forEach(function (x, v) {
          x.count.textContent = '(' + counts[v] + ')';
          x.li.hidden = counts[v] === 0 && !x.input.checked;
        });
        boxes[i].details.hidden = boxes[i].inputs.every(function (x) { return x.li.hidden; });
        boxes[i].picked.textContent = selected[i].size ? ' (' + selected[i].size + ' selected)' : '';
      });
      var any = selected.some(function (s) { return s.size; });
      clear.hidden = !any;
      status.textContent = any
        ? matching.length + ' of ' + items.length + ' case studies match the filters.'
        : 'All ' + items.length + ' case studies, newest first.';
      limit = PAGE;
      render();
      if (fromUser) {
        var p = new URLSearchParams();
        facets.forEach(function (f, i) {
          Array.from(selected[i]).sort(function (a, b) { return a - b; })
            .forEach(function (v) { p.append(f.key, f.values[v][0]); });
        });
        var query = p.toString();
        history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
      }
    }
    update(false);
  }
})();
