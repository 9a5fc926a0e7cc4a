import type { GatewayConfig } from '../config/gateway.config';

/**
 * The hash chain a writer process appends to: `<tier>:<node>:<worker slot>` — one per process, stable across
 * restarts, so a restarted worker continues its chain (and its monitoring position) where it stopped.
 */
export function chainName(
  config: Pick<GatewayConfig, 'GATEWAY_TIER' | 'GATEWAY_NODE_ID'>,
  slot: string,
): string {
  return `${config.GATEWAY_TIER}:${config.GATEWAY_NODE_ID}:${slot}`;
}

/** This process's worker slot (main.ts sets it for node:cluster workers). */
export function ownSlot(): string {
  return process.env.GATEWAY_WORKER_SLOT ?? '0';
}
