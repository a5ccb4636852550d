export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export function serveStatic(
  root: string,
  options?: { headers?: Record<string, string> },
): Promise<StaticServer>;
