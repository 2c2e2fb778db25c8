// "Past one machine": building a very large archive as shards on CI runners, on paper, with the
// per-release cost measured in this run.
import { fixed } from "./stats.mjs";
import { sourceName } from "./report-builds.mjs";

const num = (n) => Math.round(n).toLocaleString("en");
const min = (ms) => (ms < 120_000 ? `${fixed(ms / 1000, 0)} s` : `${fixed(ms / 60_000, 1)} min`);

/**
 * The plugin's cost as fixed + per release, fitted through its two largest measured sizes (the
 * N = 100,000 build among them when it succeeded), for the first source of the run.
 */
export function perReleaseCost(r) {
  const source = r.sources?.[0] ?? "zh-Hans";
  const points = (Array.isArray(r.build) ? r.build : [])
    .map((b) => ({ n: b.n, k: b.sources[source]?.kinds.plugin }))
    .filter((p) => p.k && Number.isFinite(p.k.ms.median))
    .map((p) => ({ n: p.n, ms: p.k.ms.median, rss: p.k.maxRssMib.median, outMb: p.k.outputMb }));
  if (r.huge && !r.huge.error && r.huge.source === source) points.push({ n: r.huge.n, ms: r.huge.ms, rss: r.huge.maxRssMib, outMb: r.huge.outputMb });
  points.sort((a, b) => a.n - b.n);
  if (points.length < 2) return undefined;
  const [lo, hi] = points.slice(-2);
  const msPer = (hi.ms - lo.ms) / (hi.n - lo.n);
  const rssPer = (hi.rss - lo.rss) / (hi.n - lo.n);
  return {
    source,
    points,
    fit: [lo.n, hi.n],
    msPer,
    fixedMs: Math.max(0, hi.ms - hi.n * msPer),
    rssPerKib: rssPer * 1024,
    fixedRss: Math.max(0, hi.rss - hi.n * rssPer),
    outKbPer: (hi.outMb * 1e3) / hi.n,
  };
}

/** The releases whose build, by the line, stays within 80% of `gb` (room for the OS and the rest). */
function fits(c, gb, what) {
  if (!gb || !(c.rssPerKib > 0)) return "";
  const n = ((gb * 1e9 * 0.8) / 2 ** 20 - c.fixedRss) / (c.rssPerKib / 1024);
  return `By the line, ${what} (${fixed(gb, 1)} GB, 80% of it for the build) holds a build of about ${num(Math.max(0, n))} releases.`;
}

export function pastOneMachine(r) {
  const c = perReleaseCost(r);
  const archive = 100_000;
  const shard = 10_000;
  const perYear = 4_000;
  let figures = "_This run has fewer than two sizes of successful plugin builds, so the fixed cost and the cost per release cannot be told apart; run the full benchmark for the figures._";
  if (c) {
    const time = (n) => c.fixedMs + n * c.msPer;
    const rss = (n) => c.fixedRss + (n * c.rssPerKib) / 1024;
    const measured = c.points.map((p) => `N = ${num(p.n)}: ${fixed(p.ms / 1000, 1)} s, ${fixed(p.rss, 0)} MiB`).join("; ");
    figures = `Measured here (plugin, ${sourceName(c.source)} source, medians; ${measured}), fitted as fixed + per release
through N = ${num(c.fit[0])} and N = ${num(c.fit[1])}:

| | fixed | per release | ${num(perYear)} releases (a year) | ${num(shard)} releases (an id range) | ${num(archive)} releases, one machine${c.fit[1] >= archive ? "" : " (extrapolated)"} |
| --- | ---: | ---: | ---: | ---: | ---: |
| wall time on this 2-core machine | ${fixed(c.fixedMs / 1000, 1)} s | ${fixed(c.msPer, 2)} ms | ${min(time(perYear))} | ${min(time(shard))} | ${min(time(archive))} |
| peak RSS | ${fixed(c.fixedRss, 0)} MiB | ${fixed(c.rssPerKib, 0)} KiB | ${fixed(rss(perYear), 0)} MiB | ${fixed(rss(shard), 0)} MiB | ${fixed(rss(archive) / 1024, 1)} GiB |
| output | | ${fixed(c.outKbPer, 0)} kB | ${fixed((perYear * c.outKbPer) / 1e3, 0)} MB | ${fixed((shard * c.outKbPer) / 1e3, 0)} MB | ${fixed((archive * c.outKbPer) / 1e6, 1)} GB |

${c.fit[1] >= archive ? "" : `Columns past N = ${num(c.fit[1])} are extrapolated along the line; where memory or time grows faster
than the release count, they are low for one large build and a shard costs less than its share. `}With
${num(archive / shard)} shards of ${num(shard)} running at once, the release pages of ${num(archive)} releases take about ${min(time(shard))} of wall
time instead of ${min(time(archive))} (plus the index step, not measured: it does not exist yet), each runner holding ${fixed(rss(shard), 0)} MiB rather than one machine ${fixed(rss(archive) / 1024, 1)} GiB.
${fits(c, r.machine?.memoryGb, "this machine")} ${fits(c, 16, "a 16 GB runner")}`;
  }
  return `A single build keeps growing with the archive; past what one machine builds in reasonable time
and memory, the archive can be built in shards on CI runners. This is a plan, not something zh-press
does today: it needs two things the plugin does not have yet (below).

**Why shards work.** A release page depends on its own release only (its variants, alternates,
toggle, tags link to tag pages by URL); it never lists other releases. Only the lists need every
release: index and tag pages, feeds, sitemaps, the root page and the audit.

**The plan.**

1. *Shard the release files* by year (\`releases/2019/…\`, a few thousand releases each, and only
   the current year changes day to day) or by id range (equal sizes, for a steady job length).
2. *One CI job per shard* (a matrix job) builds the release pages of its shard only, and writes a
   manifest: for each release and variant, what the lists need (URL, date, converted headline,
   description, tags), a few hundred bytes, plus the shard's audit. Past years' shards can be
   cached by the hash of their folder and skipped when unchanged.
3. *One index job* (needs every shard) reads the manifests, writes the index and tag pages, feeds,
   the sitemap index and the merged audit, downloads the shards' pages into the same output folder
   and deploys it. It converts no release body, so its cost is in the manifests' size, not the text.

**What the plugin would need.** An option to build release pages for a subset while writing no
lists (step 2), and an option to write the lists from manifests instead of release files (step 3).
Both keep the URLs of a single build, so a sharded site and a single-machine site are the same
files.

**Runners.** GitHub's standard hosted Linux runner for public repositories has 4 CPUs, 16 GB of
RAM and 14 GB of SSD, and a job may run up to 6 hours (GitHub's runner reference). A shard
must fit the runner's memory and its output the disk, with room for the checkout and
\`node_modules\`.

${figures}`;
}
