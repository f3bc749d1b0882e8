/** The part of a V8 .cpuprofile the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
  samples?: number[];
}

/** Where a sampled function lives: a package, a workspace folder, or V8's own buckets. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  const ws = /\/(apps|libs)\/([^/]+)\//.exec(url);
  return ws ? `${ws[1]}/${ws[2]}` : url;
}

/** Self time shares by bucket, largest first (shares of all samples, 0..1). */
export function profileSummary(profile: CpuProfile, top = 12): { bucket: string; share: number }[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const n = node.hitCount ?? 0;
    if (!n) continue;
    const bucket = bucketOf(node.callFrame.url, node.callFrame.functionName);
    hits.set(bucket, (hits.get(bucket) ?? 0) + n);
    total += n;
  }
  return [...hits.entries()]
    .map(([bucket, n]) => ({ bucket, share: total ? n / total : 0 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
}
