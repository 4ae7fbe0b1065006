/** COOP same-origin and COEP require-corp: what makes the page `crossOriginIsolated`. */
export const isolationHeaders: Readonly<Record<string, string>>;
