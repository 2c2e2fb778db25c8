import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { browserAvailable, startFixture, stopFixture, type BrowserFixture } from "./browser.js";
import { ROOT } from "./helpers.js";

/** Where the screenshots go, for people to look at (gitignored). */
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

const fx: BrowserFixture = { origin: "" };
const shots = suite("screenshots of the Luxi page");
const available = browserAvailable();
const it = available ? shots : shots.skip;
if (available) {
  shots.before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await startFixture(fx);
  });
  shots.after(() => stopFixture(fx));
}

const SIZES = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 740 } } as const;

for (const segment of ["zh-hans", "zh-hant"]) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of ["light", "dark"] as const) {
      it(`${segment} ${size} ${scheme}: screenshot written, nothing wider than the screen`, async () => {
        const mobile = size === "mobile";
        const context = await fx.browser!.newContext({ viewport, colorScheme: scheme, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
        try {
          const page = await context.newPage();
          await page.goto(`${fx.origin}/${segment}/luxi-clean-park/`);
          await page.evaluate(() => document.fonts.ready);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${size} screen`);
          const file = join(SCREENSHOTS, `luxi-${segment}-${size}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok(statSync(file).size > 10_000);
        } finally {
          await context.close();
        }
      });
    }
  }
}

it("print stylesheet: the toggle is hidden and the article fills the page", async () => {
  const context = await fx.browser!.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${fx.origin}/zh-hant/luxi-clean-park/`);
    await page.emulateMedia({ media: "print" });
    assert.is(await page.locator(".zh-press-toggle").isVisible(), false);
    assert.is(await page.locator("h1").isVisible(), true);
    await page.pdf({ path: join(SCREENSHOTS, "luxi-zh-hant-print.pdf") });
  } finally {
    await context.close();
  }
});

shots.run();
