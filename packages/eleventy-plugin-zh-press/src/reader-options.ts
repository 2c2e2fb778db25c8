/** Options about what readers get (docs/theming.md). */
export interface ReaderOptions {
  /** Releases per index page; later pages are at `/<variant>/page/2/`. Default: 20. */
  pageSize?: number;
}

export interface ResolvedReaderOptions {
  pageSize: number;
}

export const READER_OPTIONS = ["pageSize"] as const;

type Fail = (option: string, expected: string, found: unknown) => never;

export function resolveReaderOptions(o: ReaderOptions, _siteUrl: string | undefined, fail: Fail): ResolvedReaderOptions {
  const pageSize = o.pageSize ?? 20;
  if (!Number.isInteger(pageSize) || pageSize < 1) fail("pageSize", "a whole number of releases per index page, 1 or more", o.pageSize);
  return { pageSize };
}
