// The city overview's charts (ECharts, served by the platform): data from the page's JSON, in yuan.
(function () {
  "use strict";
  function yuan(fen) { return fen / 100; }
  function draw() {
    var holder = document.getElementById("chart-data");
    if (!holder || !window.echarts) { return; }
    var data = JSON.parse(holder.textContent);
    var flow = document.getElementById("chart-flow");
    if (flow) {
      var series = [{ name: data.income_label, type: "line", data: data.income_fen.map(yuan) }];
      Object.keys(data.spending_fen).forEach(function (mode) {
        series.push({ name: mode, type: "bar", stack: "spending", data: data.spending_fen[mode].map(yuan) });
      });
      echarts.init(flow).setOption({
        animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
        grid: { left: 70, right: 16, top: 36, bottom: 28 },
        xAxis: { type: "category", data: data.months }, yAxis: { type: "value" }, series: series
      });
    }
    var balance = document.getElementById("chart-balance");
    if (balance) {
      echarts.init(balance).setOption({
        animation: false, tooltip: { trigger: "axis" },
        grid: { left: 80, right: 16, top: 20, bottom: 28 },
        xAxis: { type: "category", data: data.months }, yAxis: { type: "value" },
        series: [{ name: data.balance_label, type: "line", areaStyle: {}, data: data.balance_fen.map(yuan) }]
      });
    }
    var levels = document.getElementById("chart-levels");
    if (levels) {
      echarts.init(levels).setOption({
        animation: false, tooltip: { trigger: "axis" },
        grid: { left: 60, right: 16, top: 20, bottom: 28 },
        xAxis: { type: "category", data: data.levels }, yAxis: { type: "value", minInterval: 1 },
        series: [{ name: data.beneficiaries_label, type: "bar", data: data.beneficiaries }]
      });
    }
    document.body.setAttribute("data-charts", "drawn");
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
