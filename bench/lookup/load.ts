// The autocannon runner is shared with `d06 load lookup` (tools/d06); the benchmark uses it as it is.
export { load, type LoadOptions, type LoadResult } from '@d06/cli/src/commands/load-autocannon';
