import zhPress from "eleventy-plugin-zh-press";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(zhPress, {
    releases: "releases",
    siteName: "泸溪新闻稿",
    siteUrl: "https://luxi.example.com",
  });
}

export const config = {
  dir: { input: "src", output: "_site" },
};
