// Reads a Chromium trace (browser.startTracing with the v8 CPU profiler's category) into a profile per
// thread: samples by function, self time and total time (a function counted once per sample however often
// it is on the stack), and the share of the thread's sampled time. Used by scripts/profileBench.mjs.

/** The trace categories profilesOf needs: the V8 CPU profiler's samples, the timeline, and the page's marks. */
export const TRACE_CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'v8', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** The CPU profiles of the trace's threads: { thread, samplesMs, functions: [{ name, url, selfMs, totalMs }] }. */
export function profilesOf(traceJson) {
  const events = Array.isArray(traceJson) ? traceJson : traceJson.traceEvents;
  const threadNames = new Map();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
  // A profile's chunks come from the profiler's own thread: its Profile event names the thread profiled.
  const profiled = new Map();
  for (const event of events) if (event.name === 'Profile') profiled.set(`${event.pid}:${event.id}`, threadNames.get(`${event.pid}:${event.tid}`) ?? `thread ${event.tid}`);
  const profiles = new Map();
  const profileOf = (event) => {
    const key = `${event.pid}:${event.id}`;
    let profile = profiles.get(key);
    if (!profile) {
      profile = { thread: profiled.get(key) ?? 'unknown thread', nodes: new Map(), samples: [], deltas: [] };
      profiles.set(key, profile);
    }
    return profile;
  };
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = profileOf(event);
    const data = event.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  return [...profiles.values()].map(summarise).filter((p) => p.samplesMs > 0);
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function nameOf(node) {
  const frame = node.callFrame ?? {};
  const file = (frame.url ?? '').split('/').pop()?.split('?')[0] ?? '';
  return { name: frame.functionName || '(anonymous)', where: file ? `${file}:${(frame.lineNumber ?? 0) + 1}` : '' };
}

function summarise(profile) {
  const self = new Map();
  const total = new Map();
  let busy = 0;
  let gc = 0;
  // Each sample stands for the time until the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.deltas[i + 1] ?? 0) / 1000;
    if (ms <= 0 || ms > 100) continue;
    let node = profile.nodes.get(profile.samples[i]);
    if (!node) continue;
    const own = nameOf(node);
    if (own.name === '(idle)' || own.name === '(program)') continue;
    if (own.name === '(garbage collector)') gc += ms;
    busy += ms;
    const ownKey = `${own.name} ${own.where}`;
    self.set(ownKey, (self.get(ownKey) ?? 0) + ms);
    const seen = new Set();
    while (node) {
      const { name, where } = nameOf(node);
      const key = `${name} ${where}`;
      if (!IDLE.has(name) && name !== '(root)' && !seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
      node = node.parent !== undefined ? profile.nodes.get(node.parent) : undefined;
    }
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: busy > 0 ? `${Math.round((ms / busy) * 1000) / 10}%` : '0%' }));
  return { thread: profile.thread, samplesMs: Math.round(busy), gcMs: Math.round(gc), topSelf: top(self, 25), topTotal: top(total, 40) };
}
