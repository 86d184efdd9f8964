/* Vitrine catalogue: instant search and filters over window.VITRINE_INDEX (assets/needs-index.js).
   No framework. The state lives in the URL hash so a filtered view can be shared; data is only ever
   inserted as text (never as HTML). Row layout: see org.vitrine.publish.catalogue.SearchIndex. */
(function () {
  'use strict';
  var data = window.VITRINE_INDEX;
  var form = document.getElementById('filters');
  if (!data || !form) {
    return;
  }
  var FACETS = ['buyer', 'division', 'category', 'quarter', 'band', 'procedure', 'location'];
  var F0 = 6, FLAGS = 13, VALUE = 14, AMOUNT = 15, LAUNCH = 16, LAUNCH_TEXT = 17, CHANGE = 18;
  var PAGE = 50;
  var needs = data.needs, dict = data.dict, text = form.dataset;
  var nf = new Intl.NumberFormat(data.lang);
  var collator = new Intl.Collator(data.lang, {sensitivity: 'base'});
  var $ = function (id) { return document.getElementById(id); };
  var q = $('q'), innov = $('f-innovation'), reserved = $('f-reserved'), sort = $('sort');
  var list = $('results'), status = $('status'), more = $('more'), share = $('share');
  var selects = FACETS.map(function (f) { return $('f-' + f); });
  var results = [], shown = 0, timer = 0;

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // what the search looks in: title, description, reference, CPV code and label, buyer
  var hay = needs.map(function (n) {
    return fold(n[1] + ' ' + n[2] + ' ' + n[3] + ' ' + n[4] + ' ' + n[5] + ' ' + dict.buyer[n[F0]][1]);
  });

  // an unknown value has the key "" in the index; "-" in the form and the URL ("" means all)
  var optionIndex = FACETS.map(function (f, k) {
    var byKey = {};
    dict[f].forEach(function (e, i) {
      var o = document.createElement('option');
      o.value = e[0] === '' ? '-' : e[0];
      o.textContent = e[1];
      selects[k].appendChild(o);
      byKey[o.value] = i;
    });
    return byKey;
  });

  function selected() {
    return selects.map(function (s, k) {
      var i = optionIndex[k][s.value];
      return i === undefined ? -1 : i;
    });
  }

  function apply() {
    var words = fold(q.value).split(/\s+/).filter(Boolean);
    var sel = selected(), wantInnov = innov.checked, wantReserved = reserved.checked;
    var counts = FACETS.map(function (f) { return new Int32Array(dict[f].length); });
    var cInnov = 0, cReserved = 0, k, w;
    results = [];
    for (var i = 0; i < needs.length; i++) {
      var h = hay[i];
      for (w = 0; w < words.length && h.indexOf(words[w]) >= 0; w++) { /* all words must match */ }
      if (w < words.length) {
        continue;
      }
      var n = needs[i], flags = n[FLAGS];
      if ((wantInnov && !(flags & 1)) || (wantReserved && !(flags & 2))) {
        continue;
      }
      // a value's count is what the list would hold with that value chosen: all other facets must pass
      var fails = 0, failAt = -1;
      for (k = 0; k < FACETS.length; k++) {
        if (sel[k] >= 0 && n[F0 + k] !== sel[k]) {
          fails++;
          failAt = k;
          if (fails > 1) {
            break;
          }
        }
      }
      if (fails === 0) {
        results.push(i);
        for (k = 0; k < FACETS.length; k++) {
          counts[k][n[F0 + k]]++;
        }
      } else if (fails === 1) {
        counts[failAt][n[F0 + failAt]]++;
      }
    }
    // checkbox counts: the results with the flag, the box's own test aside
    cInnov = countFlag(words, sel, 1, wantReserved ? 2 : 0);
    cReserved = countFlag(words, sel, 2, wantInnov ? 1 : 0);
    updateCounts(counts, cInnov, cReserved);
    sortResults();
    list.textContent = '';
    shown = 0;
    render();
    status.textContent = text.results.replace('{n}', nf.format(results.length)).replace('{total}', nf.format(needs.length))
      + (results.length ? '' : ' ' + text.none);
    saveState();
  }

  function countFlag(words, sel, flag, other) {
    var c = 0;
    for (var i = 0; i < needs.length; i++) {
      var n = needs[i];
      if (!(n[FLAGS] & flag) || (other && !(n[FLAGS] & other))) {
        continue;
      }
      var k = 0, w = 0;
      for (; k < FACETS.length && (sel[k] < 0 || n[F0 + k] === sel[k]); k++) { /* every facet must pass */ }
      if (k < FACETS.length) {
        continue;
      }
      for (; w < words.length && hay[i].indexOf(words[w]) >= 0; w++) { /* every word */ }
      if (w === words.length) {
        c++;
      }
    }
    return c;
  }

  function updateCounts(counts, cInnov, cReserved) {
    selects.forEach(function (s, k) {
      var opts = s.options;
      for (var j = 1; j < opts.length; j++) {
        var label = dict[FACETS[k]][j - 1][1] + ' (' + nf.format(counts[k][j - 1]) + ')';
        if (opts[j].textContent !== label) {
          opts[j].textContent = label;
        }
      }
    });
    $('c-innovation').textContent = '(' + nf.format(cInnov) + ')';
    $('c-reserved').textContent = '(' + nf.format(cReserved) + ')';
  }

  var ORDERS = {
    launch: function (a, b) { return cmp(needs[a][LAUNCH], needs[b][LAUNCH]) || collator.compare(needs[a][1], needs[b][1]); },
    amount_desc: function (a, b) { return amount(b) - amount(a); },
    amount_asc: function (a, b) { return amount(a, true) - amount(b, true); },
    title: function (a, b) { return collator.compare(needs[a][1], needs[b][1]); },
    buyer: function (a, b) { return needs[a][F0] - needs[b][F0] || collator.compare(needs[a][1], needs[b][1]); }
  };

  function cmp(x, y) {
    // an unknown launch goes last
    return x === y ? 0 : x === '' ? 1 : y === '' ? -1 : x < y ? -1 : 1;
  }

  function amount(i, last) {
    var v = needs[i][VALUE];
    return v === null ? (last ? Infinity : -1) : v;
  }

  function sortResults() {
    var order = ORDERS[sort.value] || ORDERS.launch;
    results.sort(function (a, b) { return order(a, b) || a - b; });
  }

  function render() {
    var end = Math.min(results.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var r = shown; r < end; r++) {
      frag.appendChild(row(needs[results[r]]));
    }
    list.appendChild(frag);
    shown = end;
    more.hidden = shown >= results.length;
  }

  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (content !== undefined) {
      e.textContent = content;
    }
    return e;
  }

  function row(n) {
    var li = el('li', 'need');
    var a = el('a', null, n[1]);
    a.href = 'needs/' + encodeURIComponent(n[0]) + '.html';
    li.appendChild(a);
    if (n[CHANGE] === 'new' || n[CHANGE] === 'revised') {
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'badge badge-' + n[CHANGE], text[n[CHANGE]]));
    }
    if (n[FLAGS] & 4) {
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'badge badge-closed', text.closed));
    }
    var parts = [dict.buyer[n[F0]][1], n[AMOUNT], n[LAUNCH_TEXT], dict.category[n[F0 + 2]][1]].filter(Boolean);
    li.appendChild(el('span', 'meta', parts.join(' · ')));
    return li;
  }

  function saveState() {
    var p = new URLSearchParams();
    if (q.value.trim()) {
      p.set('q', q.value.trim());
    }
    selects.forEach(function (s, k) {
      if (s.value) {
        p.set(FACETS[k], s.value);
      }
    });
    if (innov.checked) {
      p.set('innovation', '1');
    }
    if (reserved.checked) {
      p.set('reserved', '1');
    }
    if (sort.value !== 'launch') {
      p.set('sort', sort.value);
    }
    var hash = p.toString();
    var url = location.href.split('#')[0] + (hash ? '#' + hash : '');
    if (url !== location.href) {
      try {
        history.replaceState(null, '', url);
      } catch (e) {
        location.replace(url);
      }
    }
    share.href = url;
  }

  function loadState() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    q.value = p.get('q') || '';
    selects.forEach(function (s, k) {
      var v = p.get(FACETS[k]) || '';
      s.value = optionIndex[k][v] === undefined ? '' : v;
    });
    innov.checked = p.get('innovation') === '1';
    reserved.checked = p.get('reserved') === '1';
    sort.value = ORDERS[p.get('sort')] ? p.get('sort') : 'launch';
  }

  q.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, needs.length > 5000 ? 120 : 30);
  });
  form.addEventListener('change', function (e) {
    if (e.target !== q) {
      apply();
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    apply();
  });
  $('reset').addEventListener('click', function () {
    history.replaceState(null, '', location.href.split('#')[0]);
    loadState();
    apply();
    q.focus();
  });
  more.addEventListener('click', function () {
    var first = shown;
    render();
    // keep the keyboard where the new results start
    var next = list.children[first];
    if (next) {
      next.querySelector('a').focus();
    }
  });
  window.addEventListener('hashchange', function () {
    loadState();
    apply();
  });

  $('search').hidden = false;
  loadState();
  // on a phone the filters fold away unless the link chose some: the results come first
  if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches && !/(^#|&)(?!q=|sort=)[a-z]+=/.test(location.hash)) {
    $('more-filters').open = false;
  }
  apply();
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
  window.VitrineCatalogue = {apply: apply};
}());
