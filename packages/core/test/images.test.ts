import { test } from "uvu";
import * as assert from "uvu/assert";
import { join } from "node:path";
import { formatIssue } from "../src/model/issue.js";
import { imageSource } from "../src/model/image.js";
import { loadReleaseFile, loadReleaseText } from "../src/load/load.js";
import { releaseMarkdown, tempFolder } from "./helpers.js";

const image = { src: "photo.jpg", alt: "码头全景" };

test("image src: a file below the release's folder, or an http(s) URL; nothing else", () => {
  assert.equal(imageSource("photo.jpg"), { kind: "file", path: "photo.jpg" });
  assert.equal(imageSource("./images/../images/a b.png"), { kind: "file", path: "images/a b.png" });
  assert.equal(imageSource("https://cdn.example.com/x.jpg"), { kind: "url" });
  for (const [src, why] of [
    ["../photo.jpg", /outside the release's folder/],
    ["images/../../photo.jpg", /outside the release's folder/],
    ["/img/photo.jpg", /site's root/],
    ["//cdn.example.com/x.jpg", /protocol-relative/],
    ["javascript:alert(1)", /javascript: URL/],
    ["data:image/png;base64,AAAA", /data: URL/],
    ["images\\photo.jpg", /backslashes/],
    ["images/", /a folder/],
  ] as const) {
    const source = imageSource(src);
    assert.is(source.kind, "invalid", src);
    assert.match((source as { why: string }).why, why, src);
  }
});

test("the loader lists a release's local images, from its image field and its Markdown body", () => {
  const dir = tempFolder({
    "r.md": releaseMarkdown({ id: "r", image }, "第一段。\n\n![内景](images/hall.png)\n\n![远景](https://cdn.example.com/far.jpg)\n\n![再次](photo.jpg)\n"),
    "photo.jpg": "jpg",
    "images/hall.png": "png",
  });
  const { release, issues } = loadReleaseFile(join(dir, "r.md"), "r.md");
  assert.equal(issues, []);
  assert.equal(release!.localImages, ["photo.jpg", "images/hall.png"]);
  assert.equal(release!.image, image);
});

test("a missing image is one error with the line of the field, or of the image in the body", () => {
  const dir = tempFolder({ "r.md": releaseMarkdown({ id: "r", image }, "第一段。\n\n第二段，\n![内景](images/hall.png)\n") });
  const { release, issues } = loadReleaseFile(join(dir, "r.md"), "news/r.md");
  assert.is(release, undefined);
  assert.equal(issues.map(formatIssue), [
    'news/r.md:6: field "image.src": expected an image file at news/photo.jpg (src is relative to the release file), found no such file for "photo.jpg"',
    'news/r.md:12: field "body": expected an image file at news/images/hall.png (src is relative to the release file), found no such file for "images/hall.png"',
  ]);
});

test("in a JSON or YAML release the body's images are reported at the body field; names are decoded", () => {
  const dir = tempFolder({
    "r.json": JSON.stringify({ id: "r", headline: "标题", language: "zh-Hans", published: "2024-03-01T09:30:00+08:00", body: "正文。\n\n![图](相片 1.png)" }, null, 2),
    "s.yaml": "id: s\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-01T09:30:00+08:00\nbody: |\n  ![图](<相片 1.png>)\n",
    "相片 1.png": "png",
  });
  const json = loadReleaseFile(join(dir, "r.json"), "r.json");
  assert.equal(json.issues, []);
  const yaml = loadReleaseFile(join(dir, "s.yaml"), "s.yaml");
  assert.equal(yaml.release!.localImages, ["相片 1.png"]);
  const missing = loadReleaseText("id: s\nheadline: 标题\nlanguage: zh-Hans\npublished: 2024-03-01T09:30:00+08:00\nbody: |\n  ![图](x.png)\n", "s.yaml", dir);
  assert.match(formatIssue(missing.issues[0]!), /^s\.yaml:5: field "body": expected an image file at x\.png/);
});

test("a body image outside the release's folder is an error; the site's own paths and URLs are left alone", () => {
  const outside = loadReleaseText(releaseMarkdown({ id: "r" }, "![图](../shared/logo.png)\n"), "r.md");
  assert.match(formatIssue(outside.issues[0]!), /field "body": expected a path relative to the release file .*, found "\.\.\/shared\/logo\.png", a path outside the release's folder/);
  const own = loadReleaseText(releaseMarkdown({ id: "r" }, "![图](/img/logo.png) ![图](https://cdn.example.com/x.png)\n"), "r.md", "/nonexistent");
  assert.equal(own.issues, []);
  assert.is(own.release!.localImages, undefined);
});

test("without a folder (text loaded on its own), local images are listed but not looked for", () => {
  const { release, issues } = loadReleaseText(releaseMarkdown({ id: "r", image }), "r.md");
  assert.equal(issues, []);
  assert.equal(release!.localImages, ["photo.jpg"]);
});

test.run();
