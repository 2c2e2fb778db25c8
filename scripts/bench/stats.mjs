export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const min = (values) => Math.min(...values);
export const max = (values) => Math.max(...values);

/** Spread of a sample as (max - min) / median, the noise figure reported with every median. */
export function spread(values) {
  const m = median(values);
  return m ? (max(values) - min(values)) / m : NaN;
}

export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
export const pct = (value, digits = 0) => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : "n/a");
