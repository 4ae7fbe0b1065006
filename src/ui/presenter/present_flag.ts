/** `?present` (or `?present=1`) opens the app in presenter mode. */
export function presentFromQuery(search: string): boolean {
  const value = new URLSearchParams(search).get('present');
  return value !== null && value !== '0' && value !== 'false';
}

/** `href` with `?present` added or removed, the rest of the query and the lab route kept. */
export function withPresentFlag(href: string, on: boolean): string {
  const url = new URL(href);
  const params = url.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '' && p.split('=')[0] !== 'present');
  if (on) params.push('present');
  url.search = params.length > 0 ? `?${params.join('&')}` : '';
  return url.href;
}
