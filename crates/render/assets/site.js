// Progressive enhancement of the menus and the filter panel (they work without it): one menu
// open at a time, closed by Escape or a click elsewhere; on wide screens the menus and the
// filter panel are open in place, on narrow ones behind their buttons.
(function () {
  var menus = Array.prototype.slice.call(document.querySelectorAll('.nav-section'));
  var menu = document.querySelector('.nav-menu');
  var panel = document.querySelector('.filter-panel');
  var wide = window.matchMedia ? window.matchMedia('(min-width: 60rem)') : null;
  function closeAll(except) {
    menus.forEach(function (m) { if (m !== except) { m.open = false; } });
  }
  function layout() {
    var isWide = !!(wide && wide.matches);
    if (menu) { menu.open = isWide; }
    if (panel) { panel.open = isWide; }
  }
  menus.forEach(function (m) {
    m.addEventListener('toggle', function () { if (m.open) { closeAll(m); } });
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') { return; }
    var open = menus.filter(function (m) { return m.open; })[0];
    if (open) {
      open.open = false;
      open.querySelector('summary').focus();
    } else if (menu && menu.open && !(wide && wide.matches)) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });
  document.addEventListener('click', function (e) {
    var inside = e.target.closest && e.target.closest('.nav-menu');
    if (!e.target.closest || !e.target.closest('.nav-section')) { closeAll(null); }
    if (menu && menu.open && !inside && !(wide && wide.matches)) { menu.open = false; }
  });
  if (wide) {
    layout();
    if (wide.addEventListener) { wide.addEventListener('change', layout); }
  }
})();

// The filter panel's form sends only what differs from the defaults: an empty date or the
// default order or page size is left out of the address.
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('form.listing-controls'), function (form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.type === 'hidden') { return; }
        var fallback = el.getAttribute('data-default');
        if (el.value === '' || (fallback !== null && el.value === fallback)) { el.disabled = true; }
      });
    });
  });
  // Back from the next page, the fields are usable again.
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.listing-controls [disabled]'), function (el) {
      el.disabled = false;
    });
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

// Item pages: "Copy link" (shown only where a script can copy), and abbreviations whose
// expansion a tap or a key shows where no pointer hovers (the expansion is in the text for
// screen readers already).
(function () {
  var copy = document.querySelector('.share-copy');
  if (copy && navigator.clipboard && window.isSecureContext) {
    var item = copy.closest('.share-copy-item');
    var status = item.querySelector('.share-status');
    item.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(copy.getAttribute('data-url')).then(function () {
        status.textContent = copy.getAttribute('data-copied');
      }, function () { status.textContent = ''; });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('.item .body abbr[title]'), function (abbr) {
    var next = abbr.nextElementSibling;
    if (!next || !next.classList.contains('abbr-expansion')) { return; }
    abbr.tabIndex = 0;
    abbr.setAttribute('role', 'button');
    abbr.setAttribute('aria-expanded', 'false');
    function toggle() {
      var open = abbr.classList.toggle('open');
      abbr.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    abbr.addEventListener('click', toggle);
    abbr.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); }
    });
  });
})();
