/** The overlay's font, `px` canvas pixels tall (rounded: fractional sizes blur on some GPUs). */
export function overlayFont(px: number): string {
  return `${Math.round(px)}px system-ui, sans-serif`;
}
