// Fund planning's chart (ECharts, served by the platform): two projections' results per county, in yuan,
// from the page's JSON (<script type="application/json" id="compare-data">).
(function () {
  "use strict";
  function yuan(fen) { return fen / 100; }
  function draw() {
    var holder = document.getElementById("compare-data");
    var target = document.getElementById("chart-compare");
    if (!holder || !target || !window.echarts) { return; }
    var data = JSON.parse(holder.textContent);
    echarts.init(target).setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 90, right: 16, top: 36, bottom: 60 },
      xAxis: { type: "category", data: data.counties, axisLabel: { rotate: 30 } },
      yAxis: { type: "value" },
      series: [
        { name: data.a_label, type: "bar", data: data.a_fen.map(yuan) },
        { name: data.b_label, type: "bar", data: data.b_fen.map(yuan) }
      ]
    });
    document.body.setAttribute("data-charts", "drawn");
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
