// zh-press toggle (docs/toggle.md). Follows only this page's own variant links.
(() => {
  const d = document, K = "zh-press-variant", P = "zh-press-place", L = "localStorage", S = "sessionStorage";
  // Storage may be missing or throw (privacy settings): then nothing is remembered.
  const get = (s, k) => { try { return window[s].getItem(k); } catch {} };
  const set = (s, k, v) => { try { window[s].setItem(k, v); } catch {} };
  const links = [...d.querySelectorAll("a[data-zh-variant]")].filter((a) => a.origin == location.origin);
  const tag = (a) => a.dataset.zhVariant.toLowerCase();
  const hant = (t) => /^zh-(hant|tw|hk|mo)\b/.test(t);
  const blocks = () => [...d.querySelectorAll("main :is(h1,h2,h3,p,li,figure,tr,blockquote)")];

  for (const a of links) a.onclick = () => {
    set(L, K, a.dataset.zhVariant);
    const b = blocks(), i = b.findIndex((e) => e.getBoundingClientRect().bottom > 0);
    if (i >= 0) set(S, P, JSON.stringify([a.pathname, i, b[i].getBoundingClientRect().top]));
    a.hash = location.hash;
  };

  if (d.querySelector("[data-zh-root]")) {
    let to = links.find((a) => a.dataset.zhVariant == get(L, K));
    for (const lang of navigator.languages) {
      const l = lang.toLowerCase(), same = links.filter((a) => hant(tag(a)) == hant(l));
      if (to || !/^zh(-|$)/.test(l)) continue;
      to = same.find((a) => tag(a).endsWith(l.match(/-\w+$/)?.[0] || "#")) || same[0];
    }
    if (to = to || links[0]) location.replace(to.href);
    return;
  }

  for (const a of links) if (!a.ariaCurrent) d.head.append(Object.assign(d.createElement("link"), { rel: "prefetch", href: a.href }));

  let p;
  try { p = JSON.parse(get(S, P)); } catch {}
  if (p && p[0] == location.pathname) {
    set(S, P, "");
    const go = () => { const e = blocks()[p[1]]; if (e) scrollTo(0, e.getBoundingClientRect().top + scrollY - p[2]); };
    go();
    addEventListener("load", go);
  }
})();
