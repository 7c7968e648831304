// The workspace's rich-text editor: a progressive enhancement of the body's textarea (which
// keeps working without script). It writes clean HTML — paragraphs, headings, lists, links,
// quotes, emphasis, images with caption and credit — and cleans what is pasted from a word
// processor. The server sanitizes every body again: this only spares writers the mess.
(function () {
  'use strict';

  // Tags kept as they are; others are unwrapped (their text stays) or dropped with content.
  var KEEP = { P: 1, H2: 1, H3: 1, H4: 1, UL: 1, OL: 1, LI: 1, A: 1, BLOCKQUOTE: 1, STRONG: 1, EM: 1, BR: 1, FIGURE: 1, FIGCAPTION: 1, IMG: 1 };
  var RENAME = { B: 'STRONG', I: 'EM', H1: 'H2', H5: 'H4', H6: 'H4', DIV: 'P' };
  var DROP = { SCRIPT: 1, STYLE: 1, META: 1, LINK: 1, TITLE: 1, HEAD: 1, IFRAME: 1, OBJECT: 1, EMBED: 1, XML: 1, SVG: 1, MATH: 1, TEMPLATE: 1 };

  function safeUrl(url) {
    var u = (url || '').trim();
    return /^(https?:|mailto:|\/)/i.test(u) ? u : '';
  }

  // A clean copy of the children of `from`, appended to `to`.
  function cleanInto(from, to, doc) {
    for (var n = from.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        to.appendChild(doc.createTextNode(n.nodeValue.replace(/\u00a0/g, ' ')));
        continue;
      }
      if (n.nodeType !== 1) continue; // comments, Word's conditional markup
      var tag = n.tagName.toUpperCase();
      if (tag.indexOf(':') >= 0 || DROP[tag]) continue; // o:p, w:sdt…
      tag = RENAME[tag] || tag;
      if (!KEEP[tag]) {
        cleanInto(n, to, doc);
        continue;
      }
      var el = doc.createElement(tag);
      if (tag === 'A') {
        var href = safeUrl(n.getAttribute('href'));
        if (!href) {
          cleanInto(n, to, doc);
          continue;
        }
        el.setAttribute('href', href);
      } else if (tag === 'IMG') {
        var src = safeUrl(n.getAttribute('src'));
        if (!src) continue;
        el.setAttribute('src', src);
        el.setAttribute('alt', n.getAttribute('alt') || '');
      }
      cleanInto(n, el, doc);
      // Word wraps empty paragraphs around nothing: drop them.
      if ((tag === 'P' || tag === 'LI') && !el.textContent.trim() && !el.querySelector('img')) continue;
      to.appendChild(el);
    }
  }

  // Style sheets and style attributes are taken out of the text before it is parsed: the
  // page's Content-Security-Policy refuses inline styles even in a parsed copy, and the
  // cleaner drops them anyway. (A tag this misses is dropped by the cleaner all the same.)
  function withoutStyles(html) {
    return html
      .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
      .replace(/<[^>]*>/g, function (tag) {
        return tag.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, '');
      });
  }

  function clean(html) {
    var parsed = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
    var out = document.createElement('div');
    cleanInto(parsed.body, out, document);
    return out.innerHTML;
  }

  function textToHtml(text) {
    var div = document.createElement('div');
    return text
      .split(/\n{2,}/)
      .map(function (para) {
        div.textContent = para.trim();
        return div.innerHTML ? '<p>' + div.innerHTML.replace(/\n/g, '<br>') + '</p>' : '';
      })
      .join('');
  }

  function button(label, title, run) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button secondary';
    b.textContent = label;
    b.title = title;
    // The name read out starts with what the button shows ("H2"), then says what it does.
    b.setAttribute('aria-label', label + ' – ' + title);
    b.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the selection
    b.addEventListener('click', run);
    return b;
  }

  function enhance(area) {
    var editor = document.createElement('div');
    editor.className = 'rich-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-labelledby', area.id + '-label');
    editor.innerHTML = clean(area.value);
    var label = document.querySelector('label[for="' + area.id + '"]');
    if (label) label.id = area.id + '-label';

    function sync() { area.value = editor.innerHTML; }
    function exec(cmd, value) {
      editor.focus();
      document.execCommand(cmd, false, value);
      sync();
    }

    var bar = document.createElement('div');
    bar.className = 'rich-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Formatting of the body');
    bar.appendChild(button('¶', 'Paragraph', function () { exec('formatBlock', 'p'); }));
    bar.appendChild(button('H2', 'Heading', function () { exec('formatBlock', 'h2'); }));
    bar.appendChild(button('H3', 'Subheading', function () { exec('formatBlock', 'h3'); }));
    bar.appendChild(button('B', 'Bold', function () { exec('bold'); }));
    bar.appendChild(button('I', 'Italic', function () { exec('italic'); }));
    bar.appendChild(button('• List', 'Bulleted list', function () { exec('insertUnorderedList'); }));
    bar.appendChild(button('1. List', 'Numbered list', function () { exec('insertOrderedList'); }));
    bar.appendChild(button('“ Quote', 'Quotation', function () { exec('formatBlock', 'blockquote'); }));
    bar.appendChild(button('Link', 'Link', function () {
      var url = safeUrl(window.prompt('Address of the link (https://…)', 'https://'));
      if (url) exec('createLink', url);
    }));
    bar.appendChild(button('Image', 'Image with caption and credit', function () {
      var src = safeUrl(window.prompt('Address of the image (https://…)', 'https://'));
      if (!src) return;
      var alt = window.prompt('What the image shows (for readers who cannot see it)', '') || '';
      var caption = window.prompt('Caption', '') || '';
      var credit = window.prompt('Credit (photographer, agency)', '') || '';
      var fig = document.createElement('figure');
      var img = document.createElement('img');
      img.setAttribute('src', src);
      img.setAttribute('alt', alt);
      fig.appendChild(img);
      if (caption || credit) {
        var cap = document.createElement('figcaption');
        cap.textContent = caption + (credit ? (caption ? ' ' : '') + 'Photo: ' + credit : '');
        fig.appendChild(cap);
      }
      exec('insertHTML', fig.outerHTML);
    }));
    bar.appendChild(button('HTML', 'Edit the HTML', function () {
      var showing = area.hidden;
      area.hidden = !showing;
      editor.hidden = showing;
      if (showing) { editor.innerHTML = clean(area.value); } else { sync(); area.focus(); }
    }));

    editor.addEventListener('input', sync);
    editor.addEventListener('paste', function (e) {
      var data = e.clipboardData;
      if (!data) return;
      e.preventDefault();
      var html = data.getData('text/html');
      exec('insertHTML', html ? clean(html) : textToHtml(data.getData('text/plain')));
    });
    area.addEventListener('input', function () { if (!area.hidden) editor.innerHTML = clean(area.value); });
    if (area.form) area.form.addEventListener('submit', function () { if (area.hidden) sync(); });

    area.hidden = true;
    area.parentNode.insertBefore(bar, area);
    area.parentNode.insertBefore(editor, area);
  }

  // Type-ahead over a long multiple choice: a filter field above it hides the options that
  // do not contain what is typed (in any case, ignoring accents), and a line below names the
  // chosen ones, so a choice out of view is not forgotten.
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function typeAhead(select) {
    var label = document.querySelector('label[for="' + select.id + '"]');
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'picker-filter';
    input.id = select.id + '-filter';
    input.setAttribute('aria-controls', select.id);
    input.setAttribute('aria-label', 'Filter ' + (label ? label.textContent : 'the choices'));
    input.placeholder = 'Type to filter…';
    var chosen = document.createElement('p');
    chosen.className = 'picker-chosen note';
    chosen.setAttribute('aria-live', 'polite');
    function showChosen() {
      var names = [];
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].selected) names.push(select.options[i].textContent);
      }
      chosen.textContent = names.length ? 'Chosen: ' + names.join(', ') : 'None chosen';
    }
    input.addEventListener('input', function () {
      var q = fold(input.value.trim());
      for (var i = 0; i < select.options.length; i++) {
        var o = select.options[i];
        o.hidden = q !== '' && fold(o.textContent).indexOf(q) < 0 && !o.selected;
      }
    });
    input.addEventListener('keydown', function (e) {
      // Enter chooses the first option shown instead of sending the form.
      if (e.key !== 'Enter') return;
      e.preventDefault();
      for (var i = 0; i < select.options.length; i++) {
        var o = select.options[i];
        if (!o.hidden && !o.selected && input.value.trim()) {
          o.selected = true;
          input.value = '';
          input.dispatchEvent(new Event('input'));
          showChosen();
          return;
        }
      }
    });
    select.addEventListener('change', showChosen);
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(chosen, select.nextSibling);
    showChosen();
  }
  var pickers = document.querySelectorAll('select[multiple][data-picker]');
  for (var p = 0; p < pickers.length; p++) typeAhead(pickers[p]);

  var areas = document.querySelectorAll('textarea[data-rich]');
  for (var i = 0; i < areas.length; i++) enhance(areas[i]);
  // For the checks: the cleaner, as the editor applies it to pasted HTML.
  window.communiqueClean = clean;
})();
