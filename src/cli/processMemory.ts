/**
 * Resident memory of the Chromium processes this Node process started, read from /proc (Linux):
 * ArrayBuffers and Blob data live outside the JavaScript heap, so RSS is what shows what a page
 * really holds. A sampler polls every few milliseconds and keeps the peaks.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) in parentheses: state, ppid, ...
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return { pid, ppid, cmdline };
  } catch {
    return null;
  }
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Chromium processes descending from this one, renderers (pages and their workers) marked. */
export function chromiumProcesses(): { pid: number; renderer: boolean }[] {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== null);
  const mine = new Set([process.pid]);
  // Parents precede children often but not always: repeat until no process joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
  }
  return all
    .filter((p) => mine.has(p.pid) && /chrom/i.test(p.cmdline) && !/node|vite/.test(p.cmdline))
    .map((p) => ({ pid: p.pid, renderer: p.cmdline.includes('--type=renderer') }));
}

/** RSS now: all Chromium processes, and the renderers alone. */
export function chromiumRss(): { total: number; renderers: number } {
  let total = 0;
  let renderers = 0;
  for (const p of chromiumProcesses()) {
    const rss = rssBytes(p.pid);
    total += rss;
    if (p.renderer) renderers += rss;
  }
  return { total, renderers };
}

/** Polls chromiumRss until stopped; returns the peaks. */
export function sampleRss(everyMs = 20): { stop(): { total: number; renderers: number } } {
  const peak = chromiumRss();
  const timer = setInterval(() => {
    const now = chromiumRss();
    peak.total = Math.max(peak.total, now.total);
    peak.renderers = Math.max(peak.renderers, now.renderers);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
