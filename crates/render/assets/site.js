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
