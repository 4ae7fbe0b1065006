export const contentTypes: Record<string, string>;
export function contentType(path: string): string;
export function resolveRequest(
  root: string,
  url: string,
): { file: string } | { refused: 'bad' | 'forbidden' };
