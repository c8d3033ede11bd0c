// Inlined at the top of every form page's head by hooks/form_start.py ("{url}" becomes the
// worker's address). Plain old JavaScript on purpose: it runs before anything else, in every
// browser the site serves. Whole-line comments and indentation are left out of the page.
(function () {
  // 1. The theme builds its search index in a worker of its own on every page load: half a
  // second of work on two cores, while Python starts. On a form page the index is asked for
  // once Python is ready (or failed), or at once when the reader goes to the search field.
  var indexFree = false, waiting = [];
  function freeIndex() {
    if (indexFree) return;
    indexFree = true;
    waiting.splice(0).forEach(function (send) { send(); });
  }
  var xhr = window.XMLHttpRequest && XMLHttpRequest.prototype;
  if (xhr) {
    var open = xhr.open, send = xhr.send;
    xhr.open = function (method, url) {
      this.kbSearchIndex = /\/search_index\.json$/.test(String(url));
      return open.apply(this, arguments);
    };
    xhr.send = function () {
      var request = this, args = arguments;
      if (!request.kbSearchIndex || indexFree) return send.apply(request, args);
      waiting.push(function () {
        try { send.apply(request, args); } catch (e) { /* the theme gave up on it meanwhile */ }
      });
    };
  }
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.name === "query") freeIndex();
  });
  setTimeout(freeIndex, 15000); // a very slow start: search comes first then

  // 2. Python's worker starts once the page has drawn its first frame (a background tab draws
  // none: then after a second). What it says is kept until the form code takes it over
  // (worker-client.mjs, takeEarlyWorker).
  var started = false;
  function start() {
    if (started) return;
    started = true;
    try {
      var worker = new Worker("{url}", { type: "module" }), said = [];
      worker.onmessage = worker.onerror = function (event) {
        said.push(event);
        if (event.type === "error") event.preventDefault();
      };
      worker.addEventListener("message", function (event) {
        var type = event.data && event.data.type;
        if (type === "ready" || type === "failed") freeIndex();
      });
      worker.addEventListener("error", freeIndex);
      window.kbPythonStart = { worker: worker, said: said };
    } catch (e) {
      freeIndex(); // the form code reports it when it tries again
    }
  }
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 1000);
})();
