import type { Release } from "../model/schema.js";

/** Why a release is kept out of production output. */
export type HoldReason = "withheld" | "canceled" | "embargoed";

export interface HeldRelease {
  release: Release;
  reason: HoldReason;
  /** For embargoed releases: the time (as written) from which it may be published. */
  until?: string;
}

export interface PublicationSelection {
  /** Releases that may be published at `now`. */
  publishable: Release[];
  /** Releases kept out, each with its reason, in input order. */
  held: HeldRelease[];
}

/** Whether a release may be published at `now`, and if not, why. */
export function holdOf(release: Release, now: Date): HeldRelease | undefined {
  const status = release.pubStatus ?? "usable";
  if (status !== "usable") return { release, reason: status };
  if (release.embargoedUntil && Date.parse(release.embargoedUntil) > now.getTime()) {
    return { release, reason: "embargoed", until: release.embargoedUntil };
  }
  return undefined;
}

/**
 * Split releases into those a production build publishes at `now` and those it holds back:
 * `pubStatus` withheld or canceled, or `embargoedUntil` still in the future. Pure: the
 * caller passes the clock, so previews and tests can ask "what would be published then?".
 */
export function selectPublishable(releases: readonly Release[], now: Date): PublicationSelection {
  const publishable: Release[] = [];
  const held: HeldRelease[] = [];
  for (const release of releases) {
    const hold = holdOf(release, now);
    if (hold) held.push(hold);
    else publishable.push(release);
  }
  return { publishable, held };
}

/** `luxi-clean-park (embargoed until 2030-01-01T08:00:00+08:00)`, for build summaries. */
export function describeHeld(held: HeldRelease): string {
  const why = held.reason === "embargoed" ? `embargoed until ${held.until}` : held.reason;
  return `${held.release.id} (${why}, ${held.release.file})`;
}
