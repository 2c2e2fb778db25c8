import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import zhPress, { type ZhPressOptions } from "../src/index.js";

// Two different tiny files, so a copy of the wrong one is seen.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf000000030101005c2d2fa40000000049454e44ae426082", "hex");
const OTHER = Buffer.concat([PNG, Buffer.from("hall")]);

/** A site of its own in a temporary folder: release files (and images) beside each other. */
function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "zh-press-images-"));
  mkdirSync(join(dir, "src"), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function writeSite(dir: string, options: ZhPressOptions, pathPrefix = "/"): Promise<string> {
  const cwd = process.cwd();
  process.chdir(dir);
  const log = console.log;
  console.log = () => {};
  try {
    const elev = new Eleventy("src", "_site", {
      quietMode: true,
      configPath: false,
      pathPrefix,
      config(config: any) {
        config.addPlugin(zhPress, { releases: "releases", ...options });
      },
    });
    await elev.write();
  } finally {
    console.log = log;
    process.chdir(cwd);
  }
  return join(dir, "_site");
}

const EXPO = `---
id: expo-opening
headline: 博览会今日开幕
language: zh-Hans
published: 2024-06-10T09:00:00+08:00
image:
  src: photo.png
  alt: 开幕式现场的参展企业
  caption: 博览会开幕式现场
  credit: 县融媒体中心 摄
---

博览会今日开幕，共有三百家企业参展。

![展馆内景，观众参观新产品](images/hall.png)

![远处的会场](https://cdn.example.com/venue.jpg)
`;

const dir = project({ "releases/expo.md": EXPO, "releases/photo.png": PNG, "releases/images/hall.png": OTHER });
const site = await writeSite(dir, { siteUrl: "https://news.example.com" }, "/news/");
const page = (segment: string) => readFileSync(join(site, segment, "expo-opening", "index.html"), "utf8");
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);

test("image files beside a release are copied beside its page in every variant", () => {
  for (const segment of ["zh-hans", "zh-hant"]) {
    assert.equal(readFileSync(join(site, segment, "expo-opening", "photo.png")), PNG, `${segment}: photo.png`);
    assert.equal(readFileSync(join(site, segment, "expo-opening", "images", "hall.png")), OTHER, `${segment}: images/hall.png`);
  }
  assert.not.ok(existsSync(join(site, "zh-hans", "expo-opening", "venue.jpg")), "a remote image is linked, not fetched");
});

test("an image no release shows any more is removed from the site, like its page; a file of the site's own stays", async () => {
  const root = project({ "releases/expo.md": EXPO, "releases/photo.png": PNG, "releases/images/hall.png": OTHER });
  const out = await writeSite(root, {});
  assert.ok(existsSync(join(out, "zh-hant", "expo-opening", "images", "hall.png")));
  writeFileSync(join(out, "zh-hant", "mine.png"), PNG);
  writeFileSync(join(root, "releases", "expo.md"), EXPO.replace("![展馆内景，观众参观新产品](images/hall.png)", ""));
  await writeSite(root, {});
  for (const segment of ["zh-hans", "zh-hant"]) {
    assert.not.ok(existsSync(join(out, segment, "expo-opening", "images", "hall.png")), `${segment}: the image the release dropped`);
    assert.ok(existsSync(join(out, segment, "expo-opening", "photo.png")), `${segment}: the lead image it still shows`);
  }
  assert.ok(existsSync(join(out, "zh-hant", "mine.png")));
});

test("the lead image is on the page, its alt, caption and credit in each variant's script", () => {
  const hans = page("zh-hans");
  const hant = page("zh-hant");
  assert.match(hans, /<figure class="zh-press-image"><img src="\/news\/zh-hans\/expo-opening\/photo\.png" alt="开幕式现场的参展企业"><figcaption><span class="zh-press-caption">博览会开幕式现场<\/span> <span class="zh-press-credit">县融媒体中心 摄<\/span><\/figcaption><\/figure>/);
  assert.match(hant, /<img src="\/news\/zh-hant\/expo-opening\/photo\.png" alt="開幕式現場的參展企業">/);
  assert.match(hant, /<span class="zh-press-caption">博覽會開幕式現場<\/span> <span class="zh-press-credit">縣融媒體中心 攝<\/span>/);
});

test("Markdown images keep their relative src, which resolves to the copies; their alt is converted", () => {
  assert.match(page("zh-hans"), /<img src="images\/hall\.png" alt="展馆内景，观众参观新产品">/);
  assert.match(page("zh-hant"), /<img src="images\/hall\.png" alt="展館內景，觀眾參觀新產品">/);
  assert.match(page("zh-hant"), /<img src="https:\/\/cdn\.example\.com\/venue\.jpg" alt="遠處的會場">/);
});

test("og:image, twitter:image and JSON-LD image are absolute, under siteUrl and the path prefix", () => {
  for (const [segment, alt, caption] of [["zh-hans", "开幕式现场的参展企业", "博览会开幕式现场"], ["zh-hant", "開幕式現場的參展企業", "博覽會開幕式現場"]] as const) {
    const html = page(segment);
    const url = `https://news.example.com/news/${segment}/expo-opening/photo.png`;
    assert.ok(html.includes(`<meta property="og:image" content="${url}">`), `${segment} og:image`);
    assert.ok(html.includes(`<meta property="og:image:alt" content="${alt}">`), `${segment} og:image:alt`);
    assert.ok(html.includes(`<meta name="twitter:card" content="summary_large_image">`));
    assert.ok(html.includes(`<meta name="twitter:image" content="${url}">`));
    assert.ok(html.includes(`<meta name="twitter:image:alt" content="${alt}">`));
    assert.equal(jsonLd(html).image, [{ "@type": "ImageObject", url, caption, creditText: segment === "zh-hans" ? "县融媒体中心 摄" : "縣融媒體中心 攝" }]);
  }
});

/** The build's error, or a failure of the test when the build passes. */
async function buildError(files: Record<string, string | Buffer>): Promise<{ message: string; wrote: boolean }> {
  const root = project(files);
  try {
    await writeSite(root, {});
  } catch (error) {
    const e = error as Error & { originalError?: Error };
    return { message: `${e.message}\n${e.originalError?.message ?? ""}`, wrote: existsSync(join(root, "_site")) };
  }
  throw new Error("the build should have failed");
}

test("a missing image stops the build before anything is written, naming file, line and field", async () => {
  const missingLead = await buildError({ "releases/expo.md": EXPO, "releases/images/hall.png": OTHER });
  assert.match(missingLead.message, /releases\/expo\.md:7: field "image\.src": expected an image file at releases\/photo\.png \(src is relative to the release file\), found no such file for "photo\.png"/);
  assert.not.ok(missingLead.wrote, "nothing was written");
  const missingInBody = await buildError({ "releases/expo.md": EXPO, "releases/photo.png": PNG });
  assert.match(missingInBody.message, /releases\/expo\.md:15: field "body": expected an image file at releases\/images\/hall\.png/);
});

test("an image outside the release's folder, or from the site's root, is refused with the reason", async () => {
  const body = EXPO.replace("src: photo.png", "src: ../photo.png");
  const outside = await buildError({ "releases/expo.md": body, "photo.png": PNG, "releases/images/hall.png": OTHER });
  assert.match(outside.message, /field "image\.src": expected a path relative to the release file .* or an https:\/\/ URL, not a path outside the release's folder \(put the image beside the release file, or in a folder below it\), found "\.\.\/photo\.png"/);
  const rooted = await buildError({ "releases/expo.md": EXPO.replace("src: photo.png", "src: /img/photo.png"), "releases/images/hall.png": OTHER });
  assert.match(rooted.message, /not a path from the site's root \(write it relative to the release file, or as an https:\/\/ URL\), found "\/img\/photo\.png"/);
});

test("alt text is required", async () => {
  const noAlt = await buildError({ "releases/expo.md": EXPO.replace("  alt: 开幕式现场的参展企业\n", ""), "releases/photo.png": PNG, "releases/images/hall.png": OTHER });
  assert.match(noAlt.message, /field "image\.alt": expected a value \(the field is required\)/);
});

test.run();
