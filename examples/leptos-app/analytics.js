// Stands in for a shop's analytics tag: counts how often it ran (the consent gate must run it
// once, and only after the visitor allows analytics).
window.analyticsRuns = (window.analyticsRuns || 0) + 1;
