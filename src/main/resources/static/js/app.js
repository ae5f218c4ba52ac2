// Draws every [data-chart] element with ECharts: the server puts the chart's option as JSON in the
// attribute, so charts need no second request. Redrawn after htmx swaps; window.chartReady counts
// drawn charts so browser tests can wait for them.
(function () {
  window.chartReady = 0;
  function drawCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      var option = JSON.parse(el.getAttribute('data-chart'));
      // a map drawn from the page's own GeoJSON (no map tiles from the internet)
      if (el.hasAttribute('data-geo')) {
        echarts.registerMap(el.getAttribute('data-map'), JSON.parse(el.getAttribute('data-geo')));
      }
      option.animation = false;
      if (option.valueUnit && option.tooltip) {
        var unit = option.valueUnit;
        option.tooltip.valueFormatter = function (v) { return v == null ? '—' : v + ' ' + unit; };
      }
      option.textStyle = { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' };
      var chart = echarts.getInstanceByDom(el) || echarts.init(el);
      chart.setOption(option, true);
      window.chartReady++;
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSwap', function (e) { drawCharts(e.target); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var chart = window.echarts && echarts.getInstanceByDom(el);
      if (chart) { chart.resize(); }
    });
  });
})();

// A select marked data-autosubmit submits its form when changed (no inline handlers: the
// Content-Security-Policy allows scripts from our own files only).
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select[data-autosubmit]') && e.target.form) {
    e.target.form.submit();
  }
});
