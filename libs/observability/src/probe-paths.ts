// Liveness/readiness probes and Prometheus scrapes hit every few seconds; tracing or logging each one would drown
// the real traffic.
const PROBE_PATH = /^\/(?:health(?:[/?]|$)|metrics(?:\?|$))/;

/** Whether a request URL is a health probe or a metrics scrape. */
export function isProbePath(url: string | undefined): boolean {
  return PROBE_PATH.test(url ?? '');
}
