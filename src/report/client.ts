/**
 * The page's only script of our own: embeds every chart from the inlined specs with the SVG renderer, no action
 * links (nothing that points off the page), and vega-embed's default tooltip handler, which escapes HTML.
 * It marks each chart `data-rendered` (or `data-error`) and the body `data-charts-ready` when all are done.
 */
export const CLIENT_SCRIPT = `(function () {
  var specs = JSON.parse(document.getElementById('threadlens-specs').textContent);
  var options = { renderer: 'svg', actions: false, tooltip: true };
  var nodes = Array.prototype.slice.call(document.querySelectorAll('[data-chart]'));
  // One chart per task, in page order: the page stays responsive while the charts below the fold draw.
  function next() {
    var el = nodes.shift();
    if (!el) {
      document.body.setAttribute('data-charts-ms', String(Math.round(performance.now())));
      document.body.setAttribute('data-charts-ready', 'true');
      return;
    }
    var spec = specs[el.getAttribute('data-chart')];
    if (!spec) return setTimeout(next, 0);
    // The figure's heading already shows the title; the spec keeps it for standalone use.
    spec = Object.assign({}, spec);
    delete spec.title;
    vegaEmbed(el, spec, options).then(function () {
      el.setAttribute('data-rendered', 'true');
    }, function (err) {
      el.setAttribute('data-error', 'true');
      el.textContent = 'This chart could not be drawn: ' + (err && err.message ? err.message : String(err));
      console.error(err);
    }).then(function () { setTimeout(next, 0); });
  }
  next();
  window.addEventListener('beforeprint', function () {
    var details = document.querySelectorAll('details');
    for (var j = 0; j < details.length; j++) details[j].open = true;
  });
})();`;
