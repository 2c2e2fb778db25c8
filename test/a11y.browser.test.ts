import { suite } from "uvu";
import * as assert from "uvu/assert";
import { AxeBuilder } from "@axe-core/playwright";
import { browserAvailable, startFixture, stopFixture, type BrowserFixture } from "./browser.js";

const fx: BrowserFixture = { origin: "" };
const a11y = suite("axe-core on every kind of page");
const available = browserAvailable();
const it = available ? a11y : a11y.skip;
if (available) {
  a11y.before(() => startFixture(fx));
  a11y.after(() => stopFixture(fx));
}

const PAGES = [
  "/zh-hans/luxi-clean-park/",
  "/zh-hant/luxi-clean-park/",
  "/zh-hans/",
  "/zh-hant/",
  "/",
];

for (const url of PAGES) {
  for (const scheme of ["light", "dark"] as const) {
    it(`${url} (${scheme}) has no axe violations`, async () => {
      const context = await fx.browser!.newContext({ colorScheme: scheme });
      try {
        const page = await context.newPage();
        // The root page would leave for a variant before axe runs: check it as readers without JS get it.
        if (url === "/") await page.route("**/zh-press.js", (route) => route.abort());
        await page.goto(`${fx.origin}${url}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
        assert.equal(summary, []);
      } finally {
        await context.close();
      }
    });
  }
}

a11y.run();
