// The host guard, inlined into taskpane.html before the bundle. It is ES5 on purpose, so that every
// engine Office has hosted add-ins in parses it: Internet Explorer 11 (Trident), Microsoft Edge
// Legacy (EdgeHTML) and old Safari, where the ES2019 bundle would fail to parse and leave the pane
// blank. It tests for what the bundle uses at run time; the oldest engines that have all of it
// (Chromium 73, Firefox 69, Safari 13.1: ResizeObserver and Object.fromEntries decide) also parse
// ES2019, so no syntax is probed (that would need eval, which a page's policy may forbid).
(function () {
  var missing = [];
  function need(feature, present) {
    if (!present) missing.push(feature);
  }
  need("Promise", typeof window.Promise === "function");
  need("Map, Set, WeakMap", typeof window.Map === "function" && typeof window.Set === "function" && typeof window.WeakMap === "function");
  need("Symbol.iterator", typeof window.Symbol === "function" && typeof window.Symbol.iterator === "symbol");
  need("Object.fromEntries", typeof Object.fromEntries === "function");
  need("Array.prototype.flat", typeof Array.prototype.flat === "function");
  need("ResizeObserver", typeof window.ResizeObserver === "function");
  need("MutationObserver", typeof window.MutationObserver === "function");
  if (missing.length === 0) return;

  var container = document.getElementById("container");
  if (container) container.style.display = "none";
  var box = document.createElement("div");
  box.id = "host-too-old";
  box.setAttribute("role", "alert");
  box.style.padding = "16px";
  box.style.lineHeight = "1.6";
  var lines = [
    "此 Excel 用来显示加载项的浏览器组件太旧，无法运行质量标杆推荐助手。",
    "请更新 Office（Microsoft 365 或 Office 2021 及以后版本），在 Windows 上安装 Microsoft Edge WebView2 运行时，或更新 macOS。",
    "This Excel shows add-ins in a browser engine too old for the Quality Benchmark Assistant.",
    "Update Office (Microsoft 365, or Office 2021 and later), install the Microsoft Edge WebView2 Runtime on Windows, or update macOS.",
  ];
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement("p");
    p.style.margin = i === 2 ? "16px 0 8px" : "0 0 8px";
    p.appendChild(document.createTextNode(lines[i]));
    box.appendChild(p);
  }
  var detail = document.createElement("p");
  detail.style.color = "#605e5c";
  detail.style.fontSize = "12px";
  detail.appendChild(document.createTextNode("缺少 / missing: " + missing.join(", ")));
  box.appendChild(detail);
  document.body.appendChild(box);
})();
