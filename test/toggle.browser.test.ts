import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { browserAvailable, startFixture, stopFixture, type BrowserFixture } from "./browser.js";

const HANS = "/zh-hans/luxi-clean-park/";
const HANT = "/zh-hant/luxi-clean-park/";

const fx: BrowserFixture = { origin: "" };
const toggle = suite("toggle in a real browser");
const available = browserAvailable();
const it = available ? toggle : toggle.skip;
if (available) {
  toggle.before(() => startFixture(fx));
  toggle.after(() => stopFixture(fx));
}

async function withPage<T>(options: Parameters<NonNullable<BrowserFixture["browser"]>["newContext"]>[0], fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await fx.browser!.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

const path = (page: Page) => new URL(page.url()).pathname;
const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** The id of a section heading of the Luxi release, read from the page (ids are equal in both scripts). */
async function sectionId(page: Page, n: number): Promise<string> {
  return page.locator(".zh-press-body h2").nth(n).getAttribute("id") as Promise<string>;
}

it("a click on 繁體 opens the Traditional page at the same #fragment, then the root page sends the reader there", async () => {
  await withPage({ locale: "zh-CN" }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    const id = await sectionId(page, 1);
    await page.goto(`${fx.origin}${HANS}#${encodeURIComponent(id)}`);
    await page.locator(".zh-press-toggle a[hreflang='zh-Hant']").click();
    await page.waitForURL((u) => u.pathname === HANT);
    assert.is(hash(page), `#${id}`);
    assert.is(await page.locator("html").getAttribute("lang"), "zh-Hant");
    assert.is(await page.locator(`[id="${id}"]`).count(), 1);

    // The same reader comes back to the root page: the remembered choice wins over zh-CN.
    await page.goto(`${fx.origin}/`);
    await page.waitForURL((u) => u.pathname === "/zh-hant/");
    assert.is(await page.locator("html").getAttribute("lang"), "zh-Hant");
  });
});

it("switching keeps the reader's scroll position (the same paragraph stays at the top)", async () => {
  await withPage({ locale: "zh-CN", viewport: { width: 800, height: 600 } }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    const paragraph = page.locator(".zh-press-body p").nth(5);
    await paragraph.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
    const before = await paragraph.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(before > 20 && before < 60, `paragraph at ${before}px before switching`);
    await page.locator(".zh-press-toggle a[hreflang='zh-Hant']").click();
    await page.waitForURL((u) => u.pathname === HANT);
    await page.waitForLoadState("load");
    const after = await page.locator(".zh-press-body p").nth(5).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(after - before) < 2, `paragraph at ${after}px after switching (was ${before}px)`);
  });
});

for (const [locale, expected] of [
  ["zh-TW", "/zh-hant/"],
  ["zh-HK", "/zh-hant/"],
  ["zh-CN", "/zh-hans/"],
  ["zh-SG", "/zh-hans/"],
  ["en-US", "/zh-hans/"],
] as const) {
  it(`a first visit to the root page with browser language ${locale} lands on ${expected}`, async () => {
    await withPage({ locale }, async (page) => {
      assert.is(await page.evaluate(() => navigator.languages[0]), locale);
      await page.goto(`${fx.origin}/`);
      await page.waitForURL((u) => u.pathname === expected);
    });
  });
}

it("an explicit variant URL is never redirected, whatever the browser language or stored choice", async () => {
  await withPage({ locale: "zh-TW" }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    await page.evaluate(() => localStorage.setItem("zh-press-variant", "zh-Hant"));
    await page.goto(`${fx.origin}${HANS}`);
    await page.waitForLoadState("load");
    assert.is(path(page), HANS);
    await page.goto(`${fx.origin}/zh-hans/`);
    await page.waitForLoadState("load");
    assert.is(path(page), "/zh-hans/");
  });
});

it("a tampered stored choice cannot send the reader anywhere but this site's own variant pages", async () => {
  await withPage({ locale: "zh-TW" }, async (page) => {
    const visited: string[] = [];
    page.on("request", (r) => { if (r.isNavigationRequest()) visited.push(r.url()); });
    await page.goto(`${fx.origin}${HANS}`);
    for (const value of ["https://evil.example/", "javascript:alert(1)", "//evil.example", "zh-Hant\"]"]) {
      await page.evaluate((v) => localStorage.setItem("zh-press-variant", v), value);
      await page.goto(`${fx.origin}/`);
      // Unknown values are ignored: the browser language (zh-TW) decides.
      await page.waitForURL((u) => u.pathname === "/zh-hant/");
    }
    assert.equal(visited.filter((u) => !u.startsWith(fx.origin)), []);
  });
});

it("the other variant is prefetched; the current one is not", async () => {
  await withPage({ locale: "zh-CN" }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    const prefetched = await page.locator("link[rel=prefetch]").evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    assert.equal(prefetched, [HANT]);
  });
});

it("the toggle is a labelled nav; keyboard focus is visible and Enter switches", async () => {
  await withPage({ locale: "zh-CN" }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    const nav = page.getByRole("navigation", { name: "简繁切换" });
    assert.is(await nav.count(), 1);
    assert.is(await nav.locator("a[aria-current=page]").getAttribute("lang"), "zh-Hans");
    // Tab from the top of the page: site name, 简体, 繁體.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    assert.is(await focused.textContent(), "繁體");
    assert.is(await focused.getAttribute("lang"), "zh-Hant");
    assert.is(await focused.getAttribute("hreflang"), "zh-Hant");
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.is.not(outline, "none");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === HANT);
  });
});

it("without JavaScript the toggle and the root chooser are plain links that work", async () => {
  await withPage({ javaScriptEnabled: false, locale: "zh-TW" }, async (page) => {
    await page.goto(`${fx.origin}${HANS}`);
    await page.locator(".zh-press-toggle a[hreflang='zh-Hant']").click();
    await page.waitForURL((u) => u.pathname === HANT);
    await page.locator(".zh-press-toggle a[hreflang='zh-Hans']").click();
    await page.waitForURL((u) => u.pathname === HANS);
    await page.goto(`${fx.origin}/`);
    assert.is(path(page), "/");
    await page.locator("a[hreflang='zh-Hant']").click();
    await page.waitForURL((u) => u.pathname === "/zh-hant/");
    await page.locator(`a[href='${HANT}']`).click();
    await page.waitForURL((u) => u.pathname === HANT);
  });
});

toggle.run();
