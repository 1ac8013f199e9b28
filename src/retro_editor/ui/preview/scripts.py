"""The DOM side of the preview: scripts run in the page's isolated world, never the page's own.

Page JavaScript is off; ``runJavaScript(..., QWebEngineScript.ApplicationWorld)`` still runs
these. Each builder returns one self-contained expression; its value comes back to the caller's
callback, so nothing waits for the web process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

BODY_ID = "retro-body"

_PATCH = """(function (index, remove, html, delta, reveal, renames) {
  var body = document.getElementById('%(id)s');
  if (!body || body.children.length < index + remove) return -1;
  var kids = body.children;
  var after = kids[index + remove] || null;
  var anchor = null, anchorTop = 0;
  if (window.scrollY > 0 && after) {
    var lo = 0, hi = kids.length - 1;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (kids[mid].getBoundingClientRect().bottom > 0) hi = mid; else lo = mid + 1;
    }
    if (lo >= index + remove) { anchor = kids[lo]; anchorTop = anchor.getBoundingClientRect().top; }
  }
  if (delta) {
    var shift = function (el) {
      el.setAttribute('data-source-line', parseInt(el.getAttribute('data-source-line'), 10) + delta);
    };
    for (var el = after; el; el = el.nextElementSibling) {
      if (el.hasAttribute('data-source-line')) shift(el);
      el.querySelectorAll('[data-source-line]').forEach(shift);
    }
  }
  for (var i = 0; i < remove; i++) body.removeChild(kids[index]);
  var t = document.createElement('template');
  t.innerHTML = html;
  body.insertBefore(t.content, after);
  for (var r = 0; r < renames.length; r++) {
    if (kids[renames[r][0]]) kids[renames[r][0]].id = renames[r][1];
  }
  if (anchor) {
    var moved = anchor.getBoundingClientRect().top - anchorTop;
    if (moved) window.scrollBy(0, moved);
  }
  %(keep_in_view)s
  return body.children.length;
})(%(args)s)"""

_BODY = """(function (html) {
  var body = document.getElementById('%(id)s');
  if (!body) return -1;
  var y = window.scrollY;
  body.innerHTML = html;
  window.scrollTo(0, y);
  return body.children.length;
})(%(args)s)"""

_CHROME = """(function (page) {
  var doc = new DOMParser().parseFromString(page, 'text/html');
  var body = document.getElementById('%(id)s');
  var slot = doc.getElementById('%(id)s');
  if (!body || !slot) return -1;
  var y = window.scrollY;
  var imported = function (nodes) {
    return Array.prototype.map.call(nodes, function (n) { return document.importNode(n, true); });
  };
  document.head.replaceChildren.apply(document.head, imported(doc.head.childNodes));
  document.documentElement.lang = doc.documentElement.lang;
  document.body.className = doc.body.className;
  body.className = slot.className;
  var here = body, there = slot;
  while (here.parentNode && there.parentNode && here.parentNode !== document.documentElement) {
    var parent = here.parentNode, newParent = there.parentNode;
    while (here.previousSibling) parent.removeChild(here.previousSibling);
    while (here.nextSibling) parent.removeChild(here.nextSibling);
    var before = true;
    Array.prototype.forEach.call(newParent.childNodes, function (n) {
      if (n === there) { before = false; return; }
      var copy = document.importNode(n, true);
      if (before) parent.insertBefore(copy, here); else parent.appendChild(copy);
    });
    if (parent !== document.body) parent.className = newParent.className;
    here = parent; there = newParent;
  }
  window.scrollTo(0, y);
  return 1;
})(%(args)s)"""

_SCROLL_TO = """(function (index, fraction, reveal) {
  var body = document.getElementById('%(id)s');
  var el = body && index >= 0 ? body.children[index] : null;
  while (el && !el.getClientRects().length) { el = el.nextElementSibling; fraction = 0; }
  if (!el) { window.scrollTo(0, 0); } else {
    var r = el.getBoundingClientRect();
    window.scrollTo(0, Math.max(0, window.scrollY + r.top + fraction * r.height));
  }
  %(keep_in_view)s
  return window.scrollY;
})(%(args)s)"""

_REVEAL = """(function (index) {
  var body = document.getElementById('%(id)s');
  var el = body ? body.children[index] : null;
  if (!el) return 0;
  var r = el.getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight) el.scrollIntoView({block: 'center'});
  return window.scrollY;
})(%(args)s)"""


#: brings element ``reveal`` (of ``body``; -1: none) fully into view if it is out of view
_KEEP_IN_VIEW = """if (body && reveal >= 0 && body.children[reveal]) {
    var kept = body.children[reveal].getBoundingClientRect();
    if (kept.top < 0 || kept.bottom > window.innerHeight) {
      body.children[reveal].scrollIntoView({block: 'nearest'});
    }
  }"""


def _call(template: str, *args: object) -> str:
    return template % {"id": BODY_ID, "keep_in_view": _KEEP_IN_VIEW,
                       "args": ", ".join(json.dumps(a) for a in args)}


def patch_script(index: int, remove: int, html: str, delta: int, reveal: int = -1,
                 renames: Sequence[tuple[int, str]] = ()) -> str:
    """Replaces ``remove`` body elements from ``index`` by ``html``; shifts later source lines;
    then gives elements new ids (``renames``: element index, id).

    Keeps what the reader sees in place when the change is above it, and brings element
    ``reveal`` (the one being typed in) into view if it is out of view. Returns the body's
    new element count (-1: no body).
    """
    return _call(_PATCH, index, remove, html, delta, reveal, [list(r) for r in renames])


def body_script(html: str) -> str:
    """Replaces the whole body, keeping the scroll position. Returns the element count."""
    return _call(_BODY, html)


def chrome_script(page_html: str) -> str:
    """Takes the head and everything around the body from ``page_html``; the body stays."""
    return _call(_CHROME, page_html)


def scroll_script(index: int, fraction: float, reveal: int = -1) -> str:
    """Scrolls element ``index`` (``fraction`` of the way into it) to the top of the view,
    then as little as needed to show element ``reveal`` whole (-1: none)."""
    return _call(_SCROLL_TO, index, round(fraction, 4), reveal)


def reveal_script(index: int) -> str:
    """Scrolls element ``index`` into view if it is out of view."""
    return _call(_REVEAL, index)


def collect_script() -> str:
    """Runs the web process's garbage collector if the app exposed it (``--expose-gc``)."""
    return "typeof gc === 'function' ? (gc(), 1) : 0"
