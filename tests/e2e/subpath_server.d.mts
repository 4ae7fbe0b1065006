export function startSubpathServer(opts?: { dir?: string; prefix?: string }): Promise<{
  origin: string;
  base: string;
  notFound: string[];
  stop: () => Promise<void>;
}>;
