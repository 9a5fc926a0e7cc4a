import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { registryDocumentSchema, type RegistryDocument } from './registry.schema';

/** Reads and validates a checked-in registry; a bad file stops the gateway naming the broken entry. */
export function readRegistryFile(file: string): RegistryDocument {
  const parsed = registryDocumentSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`registry ${file} is invalid: ${issues.join('; ')}`);
  }
  return parsed.data;
}
