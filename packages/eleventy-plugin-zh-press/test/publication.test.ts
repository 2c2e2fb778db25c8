import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "./build.js";

/** Build the fixture with the plugin's end-of-build summary captured from Eleventy's logger. */
async function buildLogged() {
  const lines: string[] = [];
  const pages = await build("press", {}, (config) => {
    config.quietMode = false;
    config.logger = { logWithOptions: ({ message, prefix }: { message: string; prefix?: string }) => void lines.push(`${prefix} ${message}`) };
  });
  return { pages, lines };
}

const { pages, lines } = await buildLogged();
const HELD = ["withheld-note", "canceled-note", "embargoed-future"];

test("withheld, canceled and embargoed releases get no page in any variant", () => {
  for (const id of HELD) {
    for (const segment of ["zh-hans", "zh-hant"]) assert.not.ok(pages.has(`/${segment}/${id}/`), `${segment}/${id} was written`);
  }
  assert.ok(pages.has("/zh-hant/expo-results/"));
  assert.ok(pages.has("/zh-hans/embargo-lifted/"), "a release whose embargo has passed is published");
});

test("held releases are not listed on index pages", () => {
  for (const segment of ["zh-hans", "zh-hant"]) {
    const index = pages.get(`/${segment}/`)!.content;
    for (const id of HELD) assert.not.match(index, `/${id}/`);
    assert.match(index, `/${segment}/expo-results/`);
  }
});

test("the build names every held release and why", () => {
  const summary = lines.filter((l) => l.startsWith("[zh-press] skipped 3:"));
  assert.is(summary.length, 1, lines.join("\n"));
  assert.match(summary[0]!, /canceled-note \(canceled, /);
  assert.match(summary[0]!, /embargoed-future \(embargoed until 2999-01-01T09:00:00\+08:00, /);
  assert.match(summary[0]!, /withheld-note \(withheld, /);
  assert.not.match(summary[0]!, /embargo-lifted|expo-results/);
});

test.run();
