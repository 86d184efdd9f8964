/* Vitrine catalogue: instant search and filters over window.VITRINE_INDEX (assets/needs-index.js).
   No framework. The state lives in the URL hash so a filtered view can be shared; data is only ever
   inserted as text (never as HTML). Row layout: see org.vitrine.publish.catalogue.SearchIndex.
   Search: every meaningful word of the query, in any order, must start a word of the need (title, description, its lots' titles, reference, buyer, the
   labels of its CPV codes and of their parents, cut before "excepté …"); accents, case, œ/æ and apostrophes
   are folded; French stop words (de, des, du, la, le, les, d', l', et, pour, à, au, aux, en) are not required ("entretien
   locaux" is "entretien des locaux"), "st"/"ste" are "saint"/"sainte" ("st jean" finds Saint-Jean-de-Losne); a number
   matches the start of a CPV code ("302" finds 30213100). A trade word of the curated
   table (data.trade: "informatique", "entretien des locaux", "plomberie"…) matches by CPV prefix (main, secondary or a
   lot's code) as well as where its words, its other words or its family's are, whole (or plural), in the need's text
   or its words in CPV labels below the group (not a group's label: 09300000 names heating): the trade adds to the literal
   search, never replaces it ("nettoyage" finds "Produits de nettoyage"; "ménage" is not "déchets ménagers";
   division 30's "… informatique et de bureau" is not the IT trade the table narrows it to). A row says why it
   matched when its title does not. The place of performance is searched by its names (the place filter's) and as
   written ("Vézelières", read as its département). A word of a curated family (data.family: "vitrerie", "vitres",
   "vitrage") also finds the needs whose own text (not CPV labels) has another word of its family at a word start; no
   other stemming. Results come by relevance first (a word in the title, then in the need's own text or its trade's codes, then
   only in CPV labels: "eau" lists drinking water before the cleaning that division 90's label also names), then in
   launch order. Quarters and amount bands are bit masks: a need known only to the half-year is in both its quarters
   (counted "à préciser"), an amount range in every band it overlaps; a need in several places has an array. */
(function () {
  'use strict';
  var data = window.VITRINE_INDEX;
  var form = document.getElementById('filters');
  if (!data || !form) {
    return;
  }
  var FACETS = ['buyer', 'division', 'category', 'quarter', 'band', 'procedure', 'location'];
  var MULTI = [false, false, false, true, true, false, false];
  var QUARTER = 3, LOCATION = 6;
  var ID = 0, TITLE = 1, DESC = 2, REF = 3, CPV = 4, CPVX = 5, F0 = 6, FLAGS = 13, VALUE = 14, AMOUNT = 15, PERIOD = 16, CHANGE = 17, PLACE = 18, GROUP = 19, LEAD = 20, LOTS = 21;
  var INNOV = 1, RESERVED = 2, CLOSED = 4, LIVE = 8, VAGUE = 16, LIVE_LATER = 32, MAYBE_LIVE = 64, LIVE_MAYBE = 128,
    BEFORE_YEAR = 256, LIVE_LATER_ANALYSIS = 512, SOCIAL = 1024, RESERVED_SHIFT = 11; // SearchIndex's flags
  var PAGE = 50;
  var dict = data.dict, cpvs = data.cpv, periods = data.period, text = form.dataset;

  // an id sent as 0 is the buyer's id and the reference in lower case, "-" between words (SearchIndex.derivedId)
  function rowId(buyer, ref) {
    return buyer + '-' + ref.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  // an amount sent as 0 is the sort value in whole euros, grouped by three
  function plainAmount(v) {
    return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, data.group) + '\u00A0€';
  }

  function idOf(n) {
    return n[ID] === 0 ? rowId(dict.buyer[n[F0]][0], n[REF]) : n[ID];
  }

  function amountOf(n) {
    return n[AMOUNT] === 0 ? plainAmount(n[VALUE]) : n[AMOUNT];
  }

  // the index comes column by column (it compresses better): rows again, one array per need; an id or an amount sent
  // as 0 is written when its row is drawn (idOf, amountOf), not for every need before the first results
  var columns = data.columns, needs = new Array(columns[0].length), refPrefix = data.refPrefix || [];
  var divisionIndex = {};
  dict.division.forEach(function (e, i) { divisionIndex[e[0]] = i; });
  (function () {
    for (var i = 0; i < needs.length; i++) {
      var n = new Array(columns.length);
      for (var c = 0; c < columns.length; c++) {
        n[c] = columns[c][i];
      }
      n[REF] = (refPrefix[n[F0]] || '') + n[REF]; // each buyer's references' common start is sent once
      if (n[7] === -1) {
        n[7] = divisionIndex[cpvs[n[4]][0].slice(0, 2)]; // sent as -1: the division is the CPV code's first two digits
      }
      needs[i] = n;
    }
  }());
  var nf = new Intl.NumberFormat(data.lang);
  var plural = new Intl.PluralRules(data.lang);
  var collator = null; // made by the first sort by title (titleOrder): a collator costs a phone tens of ms
  var $ = function (id) { return document.getElementById(id); };
  var q = $('q'), sort = $('sort');
  var checks = [[$('f-innovation'), INNOV, false, 'innovation'], [$('f-reserved'), RESERVED, false, 'reserved'],
    [$('f-open'), CLOSED, true, 'open']];
  var list = $('results'), status = $('status'), more = $('more'), share = $('share');
  var selects = FACETS.map(function (f) { return $('f-' + f); });
  var results = [], ranks = {}, shown = 0, timer = 0, terms = [], vagueCounts = null, extraCounts = null, extraVague = null;

  // lower case, no accents, œ → oe, æ → ae; apostrophes and punctuation separate words
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, ' ');
  }

  // French words a query does not require, folded ("à" is "a", "d’" is "d"): « entretien locaux » asks what
  // « entretien des locaux » asks; a query of nothing else keeps them
  var STOP = ['de', 'des', 'du', 'la', 'le', 'les', 'd', 'l', 'et', 'pour', 'a', 'au', 'aux', 'en'];
  // « CPV » before a code, as the list prints it (« CPV 90911200 »), is no word of any need: not required either
  function meaningful(ws) {
    var kept = ws.filter(function (w) { return STOP.indexOf(w) < 0 && w !== 'cpv'; });
    return kept.length ? kept : ws;
  }

  // a place's saint as written in full or short, in the need's text as in the query: « st jean » is « Saint-Jean »
  function saints(f) {
    return f.replace(/ st(e?) /g, ' saint$1 ');
  }

  // a CPV code's words: its eight digits, its label and its parents' (memoised: codes repeat)
  var cpvText = [];
  function cpvWords(i) {
    if (i < 0) {
      return '';
    }
    if (cpvText[i] === undefined) {
      var c = cpvs[i];
      cpvText[i] = c[0] + ' ' + fold(c[1]) + ' ' + cpvWords(c[2]);
    }
    return cpvText[i];
  }

  // what the search looks in, one string per need with a space before every word: its own text (own), then
  // with its CPV codes and labels (hay); made in slices after the page is ready (a phone has the list and the
  // filters at once), or at once by the first search that needs it
  var hay = new Array(needs.length), own = new Array(needs.length), titles = new Array(needs.length), hayDone = 0;
  function hayOf(i) {
    var n = needs[i];
    var codes = cpvWords(n[CPV]);
    for (var k = 0; k < n[CPVX].length; k++) {
      codes += ' ' + cpvWords(n[CPVX][k]);
    }
    titles[i] = saints((' ' + fold(n[TITLE]) + ' ').replace(/ +/g, ' '));
    own[i] = saints((' ' + fold(n[TITLE] + ' ' + n[DESC] + ' ' + n[REF] + ' ' + dict.buyer[n[F0]][1] + ' ' + placeText(n) + ' ' + groupText(n)
      + ' ' + (n[LOTS] || '') + ' ' + reservedText(n) + ' ' + socialText(n) + ' ' + standText(n)) + ' ').replace(/ +/g, ' '));
    return (own[i] + codes).replace(/ +/g, ' ');
  }
  // a need is found by its buyer's stand as the row prints it (« Stand B04 »: « B04 », « stand B04 »; supplier Y, D8)
  function standText(n) {
    var st = data.stand ? data.stand[n[F0]] : '';
    return st ? (data.standWord || '') + ' ' + st : '';
  }
  // a reserved need is found by its badge's words (« Réservé aux EA/ESAT »: « esat », « réservé »; supplier X, D5) and
  // by the words of its type a supplier types (data.reservedWords: « insertion », « handicap »; supplier Y, D4)
  function reservedText(n) {
    var k = (n[FLAGS] >> RESERVED_SHIFT) - 1;
    return k >= 0 ? data.reserved[k] + ' ' + ((data.reservedWords || [])[k] || '') : '';
  }
  // a need with a social clause is found by the badge's words and those a supplier types (data.socialWords: « clause
  // d'insertion », « insertion »; supplier K, issue 18: only the reserved needs were found)
  function socialText(n) {
    return n[FLAGS] & SOCIAL ? data.socialWords || '' : '';
  }
  // a groupement's share is found by its group's name, its coordinator's and the fixed words « groupement de
  // commandes » (data.groupWords), whatever the group calls itself (« Vérifications 2027 »)
  var groups = data.groups || [];
  function groupText(n) {
    return n[GROUP] >= 0 ? groups[n[GROUP]][0] + ' ' + groups[n[GROUP]][1] + ' ' + (data.groupWords || '') : '';
  }
  // one row per groupement: its leading share (the coordinator's) when it is among the results, else its first share
  // there; the row names the group's members (the other shares are on the group's pages)
  function oneRowPerGroup() {
    var chosen = {}, g, r;
    for (r = 0; r < results.length; r++) {
      g = needs[results[r]][GROUP];
      if (g >= 0 && (chosen[g] === undefined || needs[results[r]][LEAD] === 1 && needs[chosen[g]][LEAD] !== 1)) {
        chosen[g] = results[r];
      }
    }
    results = results.filter(function (i) {
      return needs[i][GROUP] < 0 || chosen[needs[i][GROUP]] === i;
    });
  }
  // the place of performance: its filter names ("Saône-et-Loire (71)") and its text as written when they do not say it;
  // every place the filter lists it under (places: supplier W, « nievre » found 10 needs, the filter Nièvre (58) 15)
  function placeText(n) {
    var s = n[PLACE] >= 0 ? data.place[n[PLACE]] : '';
    places(n[F0 + LOCATION]).forEach(function (j) {
      if (dict.location[j][0] !== '') {
        s += ' ' + dict.location[j][1];
      }
    });
    return s;
  }
  function makeHay(until) {
    for (; hayDone < until; hayDone++) {
      hay[hayDone] = hayOf(hayDone);
    }
  }

  // the trade words: folded phrase, its meaningful words, its CPV prefixes, the phrase as whole words of a text with
  // any stop words between them ("entretien de locaux") and its last word maybe plural; the longest tried first.
  // Its other words (t[2], « plombier ») and those of its word's family (data.family) are whole words too, maybe plural
  // (syn): found in the need's own text, never in CPV labels
  var tradeFamilies = {};
  (data.family || []).forEach(function (f) {
    var ws = f.map(function (w) { return fold(w).trim(); });
    ws.forEach(function (w) { tradeFamilies[w] = ws; });
  });
  var trades = (data.trade || []).map(function (t) {
    var f = fold(t[0]).trim(), ws = meaningful(f.split(' '));
    var others = (t[2] || []).map(function (w) { return fold(w).trim(); }).concat(tradeFamilies[f] || [])
      .filter(function (w, k, all) { return w !== f && all.indexOf(w) === k; });
    return {phrase: f, words: ws, prefixes: t[1], label: t[0],
      re: new RegExp(' ' + ws.join(' (?:(?:' + STOP.join('|') + ') )*') + '[sx]? '),
      syn: others.length ? new RegExp(' (?:' + others.join('|') + ')[sx]? ') : null};
  }).sort(function (a, b) { return b.words.length - a.words.length; });

  // the first CPV code of a need (main, then secondary) that starts with one of the prefixes: its index in
  // data.cpv, or -1
  function codeWithPrefix(n, prefixes) {
    var codes = n[CPV] >= 0 ? [n[CPV]].concat(n[CPVX]) : n[CPVX];
    for (var c = 0; c < codes.length; c++) {
      for (var p = 0; p < prefixes.length; p++) {
        if (cpvs[codes[c]][0].lastIndexOf(prefixes[p], 0) === 0) {
          return codes[c];
        }
      }
    }
    return -1;
  }

  // the word families: each folded word (and its plural) to its family's words, as search terms
  var families = {};
  (data.family || []).forEach(function (f) {
    var ws = f.map(function (w) { return ' ' + fold(w).trim(); });
    ws.forEach(function (w) {
      families[w] = families[w + 's'] = families[w + 'x'] = ws;
    });
  });

  // the trade abbreviations: each folded abbreviation to the meaningful words it stands for (« cvc » → chauffage,
  // ventilation, climatisation), as word starts
  var abbrevs = {};
  (data.abbrev || []).forEach(function (a) {
    abbrevs[' ' + fold(a[0]).trim()] = meaningful(fold(a[1]).trim().split(' ')).map(function (w) { return ' ' + w; });
  });
  // every word of an abbreviation's expansion at a word start of a folded text
  function hasAll(s, ws) {
    for (var k = 0; k < ws.length; k++) {
      if (s.indexOf(ws[k]) < 0) {
        return false;
      }
    }
    return true;
  }

  // a word term (its start) in a folded text, one of its family's words, or an abbreviation's words
  function found(s, term) {
    if (term.expand && (s.indexOf(term.w + ' ') >= 0 || hasAll(s, term.expand))) {
      return true;
    }
    if (!term.alts) {
      return s.indexOf(term.w) >= 0;
    }
    for (var a = 0; a < term.alts.length; a++) {
      if (s.indexOf(term.alts[a]) >= 0) {
        return true;
      }
    }
    return false;
  }

  // a trade phrase as whole words of a folded text (' ' before and after every word), or its plural
  function hasPhrase(s, trade) {
    return trade.re.test(s);
  }

  // a trade phrase in a need's own text: as a phrase, or, of several words, each starting a word in any order
  // (« Locaux du gymnase : entretien » answers « entretien des locaux » as a search of its words would)
  function inOwnText(s, trade) {
    if (hasPhrase(s, trade) || trade.syn && trade.syn.test(s)) {
      return true;
    }
    if (trade.words.length < 2) {
      return false;
    }
    for (var k = 0; k < trade.words.length; k++) {
      if (s.indexOf(' ' + trade.words[k]) < 0) {
        return false;
      }
    }
    return true;
  }
  function haySlice() {
    makeHay(Math.min(needs.length, hayDone + 2000));
    if (hayDone < needs.length) {
      setTimeout(haySlice, 0);
    }
  }

  // the query's terms: trade phrases of the table, else words; "30.20.00.00-1" is the code 30200000; a lone
  // letter left by an elision (l’, d’) is dropped
  function words(value) {
    var v = value.replace(/(\d)[.\s](?=\d)/g, '$1').replace(/(\d{8})-\d\b/g, '$1');
    var ws = meaningful(saints(' ' + fold(v) + ' ').split(' ').filter(function (w) { return w.length > 1 || /\d/.test(w); }));
    var terms = [];
    for (var p = 0; p < ws.length;) {
      var t = tradeAt(ws, p);
      if (t) {
        // a trade that is also an abbreviation (« cvc »): its words written in full too
        terms.push(t.words.length === 1 && abbrevs[' ' + t.phrase] ? {trade: t, w: ' ' + t.phrase, expand: abbrevs[' ' + t.phrase]}
          : {trade: t, w: ' ' + t.phrase});
        p += t.words.length;
      } else {
        var alts = families[' ' + ws[p]], expand = abbrevs[' ' + ws[p]];
        terms.push(expand ? {w: ' ' + ws[p], expand: expand}
          : alts ? {w: ' ' + ws[p], alts: alts.indexOf(' ' + ws[p]) >= 0 ? alts : [' ' + ws[p]].concat(alts)} : {w: ' ' + ws[p]});
        p++;
      }
    }
    return terms;
  }

  // the trade phrase whose meaningful words, in any order, are the query's from this one (each may be plural), or null
  function tradeAt(ws, p) {
    for (var t = 0; t < trades.length; t++) {
      var left = trades[t].words.slice(), k = 0;
      for (; k < trades[t].words.length && p + k < ws.length; k++) {
        var q = ws[p + k], at = left.indexOf(q);
        if (at < 0 && /[sx]$/.test(q)) {
          at = left.indexOf(q.slice(0, -1));
        }
        if (at < 0) {
          break;
        }
        left.splice(at, 1);
      }
      if (!left.length) {
        return trades[t];
      }
    }
    return null;
  }

  // a CPV code's folded label and its parents' up to the group, not the group's nor the division's own: their labels
  // list several trades ("… informatique et de bureau", "… de nettoyage et services environnementaux", 09300000
  // « Électricité, chauffage, énergie solaire et nucléaire ») that the trade table narrows on purpose (memoised: codes repeat)
  var cpvBelow = [];
  function labelsBelowGroup(c) {
    if (c < 0 || /^\d{3}0{5}/.test(cpvs[c][0])) {
      return '';
    }
    if (cpvBelow[c] === undefined) {
      cpvBelow[c] = fold(cpvs[c][1]) + ' ' + labelsBelowGroup(cpvs[c][2]);
    }
    return cpvBelow[c];
  }
  var tradeHay = [];
  function tradeLabels(i) {
    if (tradeHay[i] === undefined) {
      var n = needs[i], s = ' ' + labelsBelowGroup(n[CPV]);
      for (var k = 0; k < n[CPVX].length; k++) {
        s += ' ' + labelsBelowGroup(n[CPVX][k]);
      }
      tradeHay[i] = s.replace(/ +/g, ' ');
    }
    return tradeHay[i];
  }

  // a trade phrase matches by its codes or as written, in the need's text or its CPV labels (the labels the
  // search hint promises): "produits de nettoyage" finds 39830000 "Produits de nettoyage"
  function termMatches(i, term) {
    if (term.trade) {
      return inOwnText(own[i], term.trade) || codeWithPrefix(needs[i], term.trade.prefixes) >= 0
        || hasPhrase(tradeLabels(i), term.trade) || term.expand !== undefined && found(hay[i], term);
    }
    // a family's other words in the need's own text only: a parent's CPV label lists several trades ("… de bâtiments
    // et de vitres" is cleaning, not glazing)
    // an abbreviation: itself whole, or its words, in the text or the CPV labels (« cvc » finds 45331000's label)
    if (term.expand) {
      return found(hay[i], term);
    }
    return hay[i].indexOf(term.w) >= 0 || (term.alts !== undefined && found(own[i], term));
  }

  // how well a matched need answers the query: 0 every term in its title, 1 in its own text (or a trade by its
  // codes), 2 some term only in CPV labels or codes
  function rank(i, ws) {
    var worst = 0;
    for (var w = 0; w < ws.length && worst < 2; w++) {
      var term = ws[w];
      if (term.trade ? inOwnText(titles[i], term.trade) : found(titles[i], term)) {
        continue;
      }
      var inOwn = term.trade ? inOwnText(own[i], term.trade) || codeWithPrefix(needs[i], term.trade.prefixes) >= 0
        : found(own[i], term);
      worst = Math.max(worst, inOwn ? 1 : 2);
    }
    return worst;
  }

  // every term; with anyWord (no need has them all), at least one
  // a query of the groupement words alone (« groupement », « groupements de commandes »): the groupements de
  // commandes, once each, not every need whose buyer or text says « groupement » (supplier X: 18 results for 4 groups,
  // 13 of them the « Groupement de soutien » base's)
  var groupWordList = meaningful(fold(data.groupWords || '').split(' ').filter(Boolean));
  function groupOnly(ws) {
    return ws.length > 0 && ws.every(function (t) {
      var w = t.w.trim();
      return !t.trade && [w, w.replace(/s$/, ''), w + 's'].some(function (v) { return groupWordList.indexOf(v) >= 0; });
    });
  }

  // onlyGroups: groupOnly(ws), decided once per search by collect()
  function matches(i, ws, onlyGroups) {
    if (onlyGroups && needs[i][GROUP] < 0) {
      return false;
    }
    if (anyWord) {
      for (var a = 0; a < ws.length; a++) {
        if (termMatches(i, ws[a])) {
          return true;
        }
      }
      return false;
    }
    for (var w = 0; w < ws.length; w++) {
      if (!termMatches(i, ws[w])) {
        return false;
      }
    }
    return true;
  }

  // why a need matched, when its title does not say it: [reason text, …] for the terms found elsewhere
  function why(i, ws) {
    var n = needs[i], title = titles[i], out = [];
    for (var t = 0; t < ws.length; t++) {
      var term = ws[t], r = null;
      if (term.trade ? inOwnText(title, term.trade) : found(title, term)) {
        continue;
      }
      if (term.trade) {
        var c = codeWithPrefix(n, term.trade.prefixes);
        r = c >= 0 ? text.whyTrade.replace('{word}', term.trade.label).replace('{code}', cpvs[c][0]).replace('{label}', cpvs[c][1])
          : ownReason(n, term) || cpvReason(n, term);
      } else {
        r = ownReason(n, term) || cpvReason(n, term);
      }
      if (r && out.indexOf(r) < 0) {
        out.push(r);
      }
    }
    return out;
  }

  // the need's own text other than its title: description, its lots' titles, reference, buyer, place
  function ownReason(n, term) {
    var test = function (s) {
      var f = saints((' ' + fold(s) + ' ').replace(/ +/g, ' '));
      return term.trade ? inOwnText(f, term.trade) : found(f, term);
    };
    return test(n[DESC]) ? text.whyDesc : n[LOTS] && test(n[LOTS]) ? text.whyLot : test(n[REF]) ? text.whyRef
      : test(dict.buyer[n[F0]][1]) ? text.whyBuyer : test(placeText(n)) ? text.whyPlace
      : reservedText(n) && test(reservedText(n)) ? text.whyReserved : socialText(n) && test(socialText(n)) ? text.whySocial : standText(n) && test(standText(n)) ? text.whyStand : null;
  }

  // the CPV code, or the parent, whose digits or label the word starts (a trade phrase: whose label says it)
  function cpvReason(n, term) {
    var roots = n[CPV] >= 0 ? [n[CPV]].concat(n[CPVX]) : n[CPVX];
    for (var r = 0; r < roots.length; r++) {
      for (var c = roots[r], depth = 0; c >= 0; c = cpvs[c][2], depth++) {
        var f = (' ' + cpvs[c][0] + ' ' + fold(cpvs[c][1]) + ' ').replace(/ +/g, ' ');
        if (term.trade ? labelsBelowGroup(c) !== '' && hasPhrase(f, term.trade) || term.expand && found(f, term)
          : term.expand ? found(f, term) : f.indexOf(term.w) >= 0) {
          return (depth === 0 ? text.whyCpv : text.whyParent).replace('{code}', cpvs[c][0]).replace('{label}', cpvs[c][1]);
        }
      }
    }
    return null;
  }

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

  // several quarters as one choice (supplier W: « open in the first half » took two searches): each half-year whose two
  // quarters are listed (« 1er semestre 2027 (T1 + T2) »), and any set of quarters a link gives (quarter=2027-Q2+2027-Q3);
  // the quarter filter's value is then a bit mask of quarters, a need is under it when its window overlaps one of them
  var quarterExtra = []; // [value, mask] of the options after the quarters
  function quarterMask(value) {
    var m = 0, parts = String(value).split('+');
    for (var p = 0; p < parts.length; p++) {
      var i = optionIndex[QUARTER][parts[p]];
      if (i === undefined) {
        return -1;
      }
      m |= 1 << i;
    }
    return m;
  }
  function addQuarterOption(value, label) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    o.setAttribute('data-label', label);
    selects[QUARTER].appendChild(o);
    quarterExtra.push([value, quarterMask(value)]);
  }
  (function () {
    var years = {};
    dict.quarter.forEach(function (e) {
      var m = /^(\d{4})-Q([1-4])$/.exec(e[0]);
      if (m) {
        (years[m[1]] = years[m[1]] || {})[m[2]] = e[1];
      }
    });
    Object.keys(years).sort().forEach(function (y) {
      [1, 2].forEach(function (h) {
        var a = years[y][2 * h - 1], b = years[y][2 * h];
        if (a && b) {
          addQuarterOption(y + '-Q' + (2 * h - 1) + '+' + y + '-Q' + (2 * h), text['half' + h].replace('{y}', y)
            + ' (' + a.replace(' ' + y, '') + ' + ' + b.replace(' ' + y, '') + ')');
        }
      });
    });
  }());
  // a set of quarters a link gives and no option lists: an option of its own, « T2 2027 + T3 2027 »
  function chooseQuarters(s, v) {
    if (v.indexOf('+') < 0 || quarterMask(v) < 0) {
      return false;
    }
    if (!quarterExtra.some(function (x) { return x[0] === v; })) {
      addQuarterOption(v, v.split('+').map(function (part) { return dict.quarter[optionIndex[QUARTER][part]][1]; }).join(' + '));
    }
    s.value = v;
    return true;
  }

  function selected() {
    return selects.map(function (s, k) {
      if (k === QUARTER) {
        return s.value ? quarterMask(s.value) : -1;
      }
      var i = optionIndex[k][s.value];
      return i === undefined ? -1 : i;
    });
  }

  function has(n, k, value) {
    var v = n[F0 + k];
    if (k === LOCATION) {
      return places(v).indexOf(value) >= 0 || widerPlaces(v).indexOf(value) >= 0;
    }
    if (k === QUARTER) {
      return (v & value) !== 0;
    }
    return MULTI[k] ? (v >> value & 1) === 1 : inList(v, value);
  }

  function inList(v, value) {
    return typeof v === 'number' ? v === value : v.indexOf(value) >= 0;
  }

  // the place filter's département entries by their region's entry (SearchIndex.locationRegions); a place somewhere
  // in a region (« Sainte-Aure ») has its region too, but a need for the whole region is not performed there
  // a commune's entry (« Beaumont-sur-Saône (71) ») by the position of its département's (SearchIndex.locationDepartements)
  var locRegion = data.locationRegion || [], regionDeps = {}, locIn = data.locationIn || [];
  locRegion.forEach(function (r, d) {
    if (r >= 0 && dict.location[d][0].indexOf('departement:') === 0) {
      (regionDeps[r] = regionDeps[r] || []).push(d);
    }
  });

  // one rule for the place filter's list and its counts: a need is under each place it is performed in, its own
  // entries, each département of a region it is for whole, and the region of each of its départements (outside
  // supplier X: « Nièvre (58) » counted the needs for all Bourgogne-Franche-Comté, « Bourgogne-Franche-Comté » not
  // those of the Nièvre)
  var placesMemo = {};
  function places(v) {
    var key = String(v), out = placesMemo[key];
    if (out) {
      return out;
    }
    var own = typeof v === 'number' ? [v] : v;
    out = own.slice();
    own.forEach(function (e) {
      var d = locIn[e] >= 0 ? locIn[e] : -1, up = d >= 0 ? [d].concat(locRegion[d] >= 0 ? [locRegion[d]] : []) : [];
      (regionDeps[e] || []).concat(locRegion[e] >= 0 ? [locRegion[e]] : []).concat(up).forEach(function (p) {
        if (out.indexOf(p) < 0) {
          out.push(p);
        }
      });
    });
    return placesMemo[key] = out;
  }

  // a commune (« Beaumont-sur-Saône (71) ») is held by the wider places a need may be for: its département (« 71 », the
  // buyer's place, a site, a network or an area the reference places in the département only: « Métropole — 28
  // communes », « Réseau TVS ») and its region. Such a need is under the commune too, after the commune's own, counted
  // apart and said so (supplier W: « Beaumont-sur-Saône » kept 4 of the 11 cleaning needs). Not in the search: « beaumont »
  // does not find every need of the département.
  var depCommunes = {}, widerMemo = {};
  locIn.forEach(function (d, e) {
    if (d >= 0) {
      (depCommunes[d] = depCommunes[d] || []).push(e);
    }
  });
  function widerPlaces(v) {
    var key = String(v), out = widerMemo[key];
    if (out) {
      return out;
    }
    var own = typeof v === 'number' ? [v] : v;
    out = [];
    own.forEach(function (e) {
      var deps = isDepartement[e] ? [e] : isRegion[e] ? regionDeps[e] || [] : [];
      deps.forEach(function (d) {
        (depCommunes[d] || []).forEach(function (c) {
          if (own.indexOf(c) < 0 && out.indexOf(c) < 0) {
            out.push(c);
          }
        });
      });
    });
    return widerMemo[key] = out;
  }
  // the chosen commune's entry, else -1; a row under it through a wider place says which (widerPlaces)
  var chosenCommune = -1;
  function widerLabel(n) {
    var c = chosenCommune, v = n[F0 + LOCATION];
    if (c < 0 || places(v).indexOf(c) >= 0 || widerPlaces(v).indexOf(c) < 0) {
      return null;
    }
    var own = typeof v === 'number' ? [v] : v, d = locIn[c];
    if (own.indexOf(d) >= 0) {
      var t = n[PLACE] >= 0 ? data.place[n[PLACE]] : '';
      return t ? text.widerTerritory.replace('{place}', t) : text.widerDepartement.replace('{place}', dict.location[d][1]);
    }
    return text.widerRegion.replace('{place}', locRegion[d] >= 0 ? dict.location[locRegion[d]][1] : '');
  }

  // a need for a whole region is under each of its départements, counted apart there (« Côte-d'Or (21) (2, toute la
  // région) »): performed there, but not located there as the département's own needs are (supplier Z)
  var isDepartement = dict.location.map(function (e) { return e[0].indexOf('departement:') === 0; });
  var isRegion = dict.location.map(function (e) { return e[0].indexOf('region:') === 0; });
  var wholeCounts = null, widerCounts = null;
  function forWholeRegion(v) {
    return (typeof v === 'number' ? [v] : v).some(function (e) { return dict.location[e][0].indexOf('region:') === 0; });
  }

  // a value's count, in contracts as the list shows them: a groupement's shares count once under a value (its
  // members' shares are one row of the list, oneRowPerGroup); for the quarters, also those "à préciser" (a half-year
  // or a year overlapping it)
  var counted = {};
  function once(n, k, value) {
    if (n[GROUP] < 0) {
      return true;
    }
    var key = k + ':' + value + ':' + n[GROUP];
    if (counted[key]) {
      return false;
    }
    counted[key] = true;
    return true;
  }
  function count(counts, n, k) {
    var v = n[F0 + k];
    if (!MULTI[k]) {
      var wider = k === LOCATION ? widerPlaces(v) : [];
      var vs = k === LOCATION ? places(v).concat(wider) : typeof v === 'number' ? [v] : v, whole = k === LOCATION && forWholeRegion(v);
      for (var j = 0; j < vs.length; j++) {
        if (once(n, k, vs[j])) {
          counts[k][vs[j]]++;
          if (whole && isDepartement[vs[j]]) {
            wholeCounts[vs[j]]++;
          }
          if (wider.length && wider.indexOf(vs[j]) >= 0) {
            widerCounts[vs[j]]++;
          }
        }
      }
      return;
    }
    var vague = k === QUARTER && (n[FLAGS] & VAGUE) !== 0;
    for (var m = v, b = 0; m; m >>= 1, b++) {
      if (m & 1 && once(n, k, b)) {
        counts[k][b]++;
        if (vague) {
          vagueCounts[b]++;
        }
      }
    }
    // a set of quarters: a need once, « à préciser » when its window goes beyond them
    for (var x = 0; k === QUARTER && x < quarterExtra.length; x++) {
      var mask = quarterExtra[x][1];
      if ((v & mask) !== 0 && once(n, 'quarters', x)) {
        extraCounts[x]++;
        if (vague && (v & ~mask) !== 0) {
          extraVague[x]++;
        }
      }
    }
  }

  // the catalogue's size in contracts: a groupement is one (its leading share, SearchIndex)
  var contracts = 0;
  for (var c0 = 0; c0 < needs.length; c0++) {
    if (needs[c0][GROUP] < 0 || needs[c0][LEAD] === 1) {
      contracts++;
    }
  }

  // a box's condition: the flag set (innovative, reserved), or for "open to bids only" not set
  function wanted(n, c) {
    return ((n[FLAGS] & checks[c][1]) !== 0) !== checks[c][2];
  }

  function flagsPass(n, skip) {
    for (var c = 0; c < checks.length; c++) {
      if (c !== skip && checks[c][0].checked && !wanted(n, c)) {
        return false;
      }
    }
    return true;
  }

  // « parc informatique » found nothing when no need has both words: then the needs with any of them, said so
  var anyWord = false;
  function apply() {
    anyWord = false;
    collect();
    findWithdrawn();
    // a withdrawn need has every word: it is the answer, said withdrawn, rather than needs with any one of them
    if (!results.length && terms.length > 1 && !gone.length) {
      anyWord = true;
      collect();
    }
    updateCounts(lastCounts, lastBoxes);
    sortResults();
    list.textContent = '';
    shown = 0;
    render();
    saveState();
  }

  // the status says how many rows the list shows when « Afficher plus » holds some back (supplier Y: « 214 besoins
  // sur 214 » above 50 rows); French counts 0 and 1 as singular ("1 besoin sur 226"), English only 1
  function updateStatus() {
    var n = nf.format(results.length), total = nf.format(contracts), pattern;
    if (shown < results.length) {
      pattern = results.length === contracts ? text.shown : text.shownOf;
    } else {
      pattern = plural.select(results.length) === 'one' ? text.resultsOne : text.results;
    }
    status.textContent = pattern.replace('{shown}', nf.format(shown)).replace('{n}', n).replace('{total}', total)
      + (results.length ? (anyWord ? ' ' + text.anyWord : '') : ' ' + (gone.length ? text.noneWithdrawn : text.none));
    updateJump();
  }

  // beside the search box and after the filters, once a search or a filter is chosen: the count, as a link down to
  // the results (on a phone they start below the first screen: supplier Y typed « nettoyage » and saw nothing change)
  var jumps = [[$('jump'), $('jump-link')], [$('jump-filters'), $('jump-filters-link')]];
  function updateJump() {
    var active = location.hash.length > 1 && /(^#|&)(?!sort=)[a-z]+=/.test(location.hash);
    var label = !results.length ? (gone.length ? text.noneWithdrawn : text.none)
      : (plural.select(results.length) === 'one' ? text.jumpOne : text.jump).replace('{n}', nf.format(results.length));
    jumps.forEach(function (j) {
      if (j[0]) {
        j[0].hidden = !active;
        j[1].textContent = label;
      }
    });
  }

  // the results' heading brought into view when it is below the screen (Enter on a phone), the keyboard closed
  function showResults() {
    var h = $('results-h');
    if (h.getBoundingClientRect().top > window.innerHeight - 120) {
      q.blur();
      h.scrollIntoView();
    }
  }

  // a select cuts a long value (« 90 — Services d’évacuation des eaux usées… », a buyer's full name; supplier Y read
  // « De 100 000 à 5 »): its chosen value is also written in full under it, when it does not fit the box
  var measure = null;
  function showChosen() {
    selects.forEach(function (s) {
      var out = $(s.id + '-chosen');
      if (!out) {
        return;
      }
      var label = s.value ? s.options[s.selectedIndex].text : '', cut = false;
      if (label && s.clientWidth > 0) {
        measure = measure || document.createElement('canvas').getContext('2d');
        var st = getComputedStyle(s);
        measure.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;
        cut = measure.measureText(label).width > s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 24;
      }
      out.hidden = !cut;
      out.textContent = cut ? label : '';
    });
  }

  var lastCounts, lastBoxes;
  function collect() {
    var ws = terms = words(q.value), onlyGroups = groupOnly(ws);
    if (ws.length) {
      makeHay(needs.length);
    }
    var sel = selected();
    var counts = FACETS.map(function (f) { return new Int32Array(dict[f].length); });
    vagueCounts = new Int32Array(dict.quarter.length);
    extraCounts = new Int32Array(quarterExtra.length);
    extraVague = new Int32Array(quarterExtra.length);
    wholeCounts = new Int32Array(dict.location.length);
    widerCounts = new Int32Array(dict.location.length);
    chosenCommune = sel[LOCATION] >= 0 && locIn[sel[LOCATION]] >= 0 ? sel[LOCATION] : -1;
    var boxes = checks.map(function () { return 0; });
    counted = {};
    var k;
    results = [];
    ranks = {};
    for (var i = 0; i < needs.length; i++) {
      if (ws.length && !matches(i, ws, onlyGroups)) {
        continue;
      }
      var n = needs[i];
      // a value's count is what the list would hold with that value chosen: all other filters must pass
      var fails = 0, failAt = -1;
      for (k = 0; k < FACETS.length; k++) {
        if (sel[k] >= 0 && !has(n, k, sel[k])) {
          fails++;
          failAt = k;
          if (fails > 1) {
            break;
          }
        }
      }
      if (fails > 1) {
        continue;
      }
      var flagsOk = flagsPass(n, -1);
      if (fails === 0) {
        // a box's count: the needs with its flag that every other filter lets through (a groupement once)
        for (var c = 0; c < checks.length; c++) {
          if (wanted(n, c) && flagsPass(n, c) && once(n, 'box', c)) {
            boxes[c]++;
          }
        }
      }
      if (!flagsOk) {
        continue;
      }
      if (fails === 0) {
        results.push(i);
        ranks[i] = ws.length ? rank(i, ws) : 0;
        for (k = 0; k < FACETS.length; k++) {
          count(counts, n, k);
        }
      } else {
        count(counts, n, failAt);
      }
    }
    oneRowPerGroup();
    lastCounts = counts;
    lastBoxes = boxes;
  }

  function updateCounts(counts, boxes) {
    selects.forEach(function (s, k) {
      var opts = s.options;
      for (var j = 1; j < opts.length; j++) {
        if (k === QUARTER && j > dict.quarter.length) {
          var xi = j - 1 - dict.quarter.length, xv = extraVague[xi];
          var xl = opts[j].getAttribute('data-label') + ' (' + nf.format(extraCounts[xi])
            + (xv ? ', ' + text.vague.replace('{v}', nf.format(xv)) : '') + ')';
          if (opts[j].textContent !== xl) {
            opts[j].textContent = xl;
          }
          continue;
        }
        var v = k === QUARTER ? vagueCounts[j - 1] : 0, w = k === LOCATION ? wholeCounts[j - 1] : 0;
        var x = k === LOCATION ? widerCounts[j - 1] : 0;
        var label = dict[FACETS[k]][j - 1][1] + ' (' + nf.format(counts[k][j - 1])
          + (v ? ', ' + text.vague.replace('{v}', nf.format(v)) : '')
          + (w ? ', ' + (w === counts[k][j - 1] ? text.wholeRegionAll : text.wholeRegionSome.replace('{w}', nf.format(w))) : '')
          + (x ? ', ' + (x === counts[k][j - 1] ? text.widerAll : text.widerSome.replace('{w}', nf.format(x))) : '') + ')';
        if (opts[j].textContent !== label) {
          opts[j].textContent = label;
        }
      }
    });
    checks.forEach(function (c, i) {
      $('c-' + c[3]).textContent = '(' + nf.format(boxes[i]) + ')';
    });
  }

  // rows come in launch order (launch, then title): their position is that order; relevance (the default)
  // keeps it within each rank
  var ORDERS = {
    relevance: function (a, b) { return ranks[a] - ranks[b]; },
    launch: null,
    amount_desc: function (a, b) { return amount(b) - amount(a); },
    amount_asc: function (a, b) { return amount(a, true) - amount(b, true); },
    title: function (a, b) { return titleOrder(a, b); },
    buyer: function (a, b) { return needs[a][F0] - needs[b][F0] || titleOrder(a, b); }
  };

  function titleOrder(a, b) {
    collator = collator || new Intl.Collator(data.lang, {sensitivity: 'base'});
    return collator.compare(needs[a][TITLE], needs[b][TITLE]);
  }

  function amount(i, last) {
    var v = needs[i][VALUE];
    return v === null ? (last ? Infinity : -1) : v;
  }

  function sortResults() {
    var order = ORDERS[sort.value];
    // with no query every rank is 0: relevance is launch order, the rows' own
    if (order && !(order === ORDERS.relevance && !terms.length)) {
      results.sort(function (a, b) { return order(a, b) || a - b; });
    }
    // under a commune, its own needs first, then those of the wider places that hold it (widerPlaces)
    if (chosenCommune >= 0) {
      var own = [], wider = [];
      results.forEach(function (i) {
        (places(needs[i][F0 + LOCATION]).indexOf(chosenCommune) >= 0 ? own : wider).push(i);
      });
      results = own.concat(wider);
    }
  }

  // the withdrawn needs whose title, reference or buyer has every word of the query (as a word start), listed under
  // the results with a « Retiré » badge and their page: a supplier looking for a need withdrawn since is told so, not
  // « Aucun besoin » (supplier Y, D5); none without a query
  var withdrawnList = data.withdrawn || [], gone = [], goneHay = [];
  function findWithdrawn() {
    gone = [];
    if (!terms.length) {
      showWithdrawn();
      return;
    }
    for (var i = 0; i < withdrawnList.length; i++) {
      if (goneHay[i] === undefined) {
        var w = withdrawnList[i];
        goneHay[i] = ' ' + fold(w[1] + ' ' + w[3] + ' ' + w[2] + ' ' + w[3].replace(/[^A-Za-z0-9]+/g, '')) + ' ';
      }
      var all = true;
      for (var t = 0; t < terms.length && all; t++) {
        var term = terms[t];
        all = goneHay[i].indexOf(term.w) >= 0 || (term.alts !== undefined && term.alts.some(function (a) { return goneHay[i].indexOf(a) >= 0; }));
      }
      if (all) {
        gone.push(withdrawnList[i]);
      }
    }
    showWithdrawn();
  }

  function showWithdrawn() {
    var box = $('withdrawn-hits'), ul = $('withdrawn-results');
    if (!box || !ul) {
      return;
    }
    ul.textContent = '';
    gone.forEach(function (w) {
      var li = el('li', 'need withdrawn');
      var a = el('a', null, w[1]);
      a.href = 'needs/' + encodeURIComponent(w[0]) + '.html';
      li.appendChild(a);
      badge(li, 'badge-withdrawn', text.withdrawnBadge);
      li.appendChild(el('span', 'meta', ' ' + w[2] + (w[3] ? ' · ' + w[3] : '') + ' · ' + w[4]));
      ul.appendChild(li);
    });
    box.hidden = !gone.length;
  }

  function render() {
    var end = Math.min(results.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var r = shown; r < end; r++) {
      frag.appendChild(row(results[r]));
    }
    list.appendChild(frag);
    shown = end;
    more.hidden = shown >= results.length;
    updateStatus();
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

  function badge(li, cls, label) {
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'badge ' + cls, label));
  }

  // the same markup as the page's own first results (templates/catalogue/layout.ftlh, needRow)
  function row(i) {
    var n = needs[i];
    var li = el('li', 'need');
    var a = el('a', null, n[TITLE]);
    a.href = 'needs/' + encodeURIComponent(idOf(n)) + '.html';
    li.appendChild(a);
    if (n[CHANGE] === 1) {
      badge(li, 'badge-new', text['new']);
    } else if (n[CHANGE] === 2) {
      badge(li, 'badge-revised', text.revised);
    }
    if (n[FLAGS] & CLOSED) {
      badge(li, 'badge-closed', text.closed);
    }
    if (n[FLAGS] & LIVE) {
      badge(li, n[FLAGS] & LIVE_MAYBE ? 'badge-live badge-live-maybe' : 'badge-live',
        n[FLAGS] & LIVE_MAYBE ? text.liveMaybe : n[FLAGS] & LIVE_LATER_ANALYSIS ? text.liveLaterAnalysis : n[FLAGS] & LIVE_LATER ? text.liveLater : text.live);
    }
    if (n[FLAGS] & MAYBE_LIVE) {
      badge(li, 'badge-maybe', text.maybeLive);
    }
    if (n[FLAGS] & BEFORE_YEAR) {
      badge(li, 'badge-before', text.beforeYear);
    }
    if (n[FLAGS] >> RESERVED_SHIFT) {
      badge(li, 'badge-reserved', data.reserved[(n[FLAGS] >> RESERVED_SHIFT) - 1]); // its label, as the page's traits (RowText.reserved)
    }
    var stand = data.stand ? data.stand[n[F0]] : '';
    var parts = [dict.buyer[n[F0]][1], stand ? text.stand.replace('{stand}', stand) : '', amountOf(n), n[PERIOD] >= 0 ? periods[n[PERIOD]] : '', dict.category[n[F0 + 2]][1]]
      .filter(Boolean);
    li.appendChild(el('span', 'meta', parts.join(' · ')));
    // its CPV code and its places, as the page's own rows (layout.ftlh, needRow)
    var where = [];
    if (n[CPV] >= 0) {
      where.push(text.cpv.replace('{code}', cpvs[n[CPV]][0]).replace('{label}', cpvs[n[CPV]][1]));
    }
    var loc = n[F0 + LOCATION], places = (typeof loc === 'number' ? [loc] : loc).map(function (j) { return dict.location[j]; })
      .filter(function (e) { return e[0] !== ''; })
      .map(function (e) { return e[0].indexOf('region:') === 0 ? e[1] + ' (' + text.wholeRegion + ')' : e[1]; });
    if (places.length) {
      where.push(places.join(', '));
    }
    li.appendChild(el('span', 'meta where', where.join(' · ')));
    var widerText = widerLabel(n);
    if (widerText) {
      li.appendChild(el('span', 'meta wider', widerText));
    }
    if (n[GROUP] >= 0) {
      li.appendChild(el('span', 'meta group', groups[n[GROUP]][2]));
    }
    var reasons = terms.length ? why(i, terms) : [];
    if (reasons.length) {
      li.appendChild(el('span', 'why', text.why.replace('{reasons}', reasons.join(' ; '))));
    }
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
    checks.forEach(function (c) {
      if (c[0].checked) {
        p.set(c[3], '1');
      }
    });
    if (sort.value !== 'relevance') {
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
    // the other language's same page with this selection, also when its address is copied rather than clicked
    var alt = $('alt-lang');
    if (alt) {
      alt.href = alt.href.split('#')[0] + (hash ? '#' + hash : '');
    }
    updateJump();
    showChosen();
  }

  function loadState() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    q.value = p.get('q') || '';
    selects.forEach(function (s, k) {
      var v = p.get(FACETS[k]) || '';
      if (k === QUARTER && chooseQuarters(s, v)) {
        return;
      }
      s.value = optionIndex[k][v] === undefined ? '' : v;
    });
    checks.forEach(function (c) {
      c[0].checked = p.get(c[3]) === '1';
    });
    sort.value = ORDERS.hasOwnProperty(p.get('sort')) ? p.get('sort') : 'relevance';
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
    clearTimeout(timer);
    apply();
    showResults();
  });
  $('more-filters').addEventListener('toggle', showChosen);
  window.addEventListener('resize', showChosen);
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
  var loading = $('loading');
  if (loading) {
    loading.hidden = true;
  }
  loadState();
  // on a phone the filters fold away unless the link chose some: the results come first
  if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches && !/(^#|&)(?!q=|sort=)[a-z]+=/.test(location.hash)) {
    $('more-filters').open = false;
  }
  apply();
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
  setTimeout(haySlice, 0);
  window.VitrineCatalogue = {apply: apply};
}());
