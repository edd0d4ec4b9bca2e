// Stands in for an analytics tag: blocked until "analytics" is granted. It counts its runs and
// sets a cookie, which autoClear removes when analytics is refused.
window.voxDemoAnalyticsRuns = (window.voxDemoAnalyticsRuns || 0) + 1;
document.cookie = '_demo_analytics=1; Path=/; Max-Age=86400; SameSite=Lax';
