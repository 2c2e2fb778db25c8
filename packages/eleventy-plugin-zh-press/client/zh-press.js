// zh-press toggle: remembers the reader's script and keeps their place when switching.
(() => {
  const KEY = "zh-press-variant";
  const links = [...document.querySelectorAll("a[data-zh-variant]")];
  const own = (a) => a.origin === location.origin;
  const save = (tag) => { try { localStorage.setItem(KEY, tag); } catch {} };
  const load = () => { try { return localStorage.getItem(KEY); } catch { return null; } };

  if (document.querySelector("[data-zh-root]")) {
    const stored = load();
    const pick = (tag) => links.find((a) => own(a) && a.dataset.zhVariant === tag);
    const wanted = navigator.languages || [navigator.language];
    const guess = () => {
      for (const l of wanted) {
        const lang = String(l).toLowerCase();
        if (!lang.startsWith("zh")) continue;
        const hant = /^zh-(hant|tw|hk|mo)\b/.test(lang);
        const found = links.find((a) => a.dataset.zhVariant.toLowerCase().startsWith(hant ? "zh-hant" : "zh-hans"));
        if (found) return found;
      }
    };
    const target = (stored && pick(stored)) || guess() || links[0];
    if (target) location.replace(target.href);
    return;
  }

  for (const a of links) {
    if (!own(a)) continue;
    a.addEventListener("click", () => {
      save(a.dataset.zhVariant);
      const y = Math.round(window.scrollY / Math.max(1, document.documentElement.scrollHeight) * 1e4);
      sessionStorage.setItem("zh-press-scroll", String(y));
      a.hash = location.hash;
    });
    if (!a.hasAttribute("aria-current")) {
      const hint = document.createElement("link");
      hint.rel = "prefetch";
      hint.href = a.href;
      document.head.append(hint);
    }
  }
  const current = document.querySelector("a[data-zh-variant][aria-current]");
  if (current) save(current.dataset.zhVariant);
  const y = sessionStorage.getItem("zh-press-scroll");
  if (y !== null && !location.hash) {
    sessionStorage.removeItem("zh-press-scroll");
    window.scrollTo(0, Number(y) / 1e4 * document.documentElement.scrollHeight);
  }
})();
