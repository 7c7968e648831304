// Progressive enhancement of the menus (they work without it): one menu open at a time,
// closed by Escape or a click elsewhere.
(function () {
  var menus = Array.prototype.slice.call(document.querySelectorAll('.nav-section'));
  function closeAll(except) {
    menus.forEach(function (m) { if (m !== except) { m.open = false; } });
  }
  menus.forEach(function (m) {
    m.addEventListener('toggle', function () { if (m.open) { closeAll(m); } });
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      var open = menus.filter(function (m) { return m.open; })[0];
      if (open) { open.open = false; open.querySelector('summary').focus(); }
    }
  });
  document.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('.nav-section')) { closeAll(null); }
  });
})();

// Accept-Language may suggest, never redirect: when the browser prefers another language in
// which this page exists, a line in that language offers it, once per visit.
(function () {
  var current = document.documentElement.lang;
  var links = Array.prototype.slice.call(document.querySelectorAll('nav.languages a[data-suggest]'));
  var main = document.getElementById('main');
  if (!links.length || !main || !navigator.languages) { return; }
  try { if (sessionStorage.getItem('language-suggested')) { return; } } catch (e) { return; }
  var preferred = navigator.languages.map(function (l) { return l.toLowerCase().split('-')[0]; });
  for (var i = 0; i < preferred.length; i++) {
    if (preferred[i] === current) { return; }
    var link = links.filter(function (a) { return a.getAttribute('hreflang') === preferred[i]; })[0];
    if (link) {
      var box = document.createElement('div');
      box.className = 'language-suggestion';
      box.lang = link.lang;
      var p = document.createElement('p');
      p.className = 'wrap';
      var a = document.createElement('a');
      a.href = link.href;
      a.hreflang = link.getAttribute('hreflang');
      a.textContent = link.getAttribute('data-suggest');
      p.appendChild(a);
      box.appendChild(p);
      main.insertBefore(box, main.firstChild);
      try { sessionStorage.setItem('language-suggested', '1'); } catch (e) { /* private mode */ }
      return;
    }
  }
})();
