"""Evaluation schemes (绩效评价方案) as versioned rule data: indicators, weights, bands, grades and the
consequences of each grade; draft → approved, an approved version never changes."""
