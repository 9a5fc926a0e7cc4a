/** One invalid environment variable and why it was rejected. */
export interface EnvIssue {
  name: string;
  message: string;
}

/**
 * Thrown at boot when the environment does not match the service's schema. The message names every bad variable
 * (never its value, which may be a secret) so an operator can fix them all in one go.
 */
export class EnvValidationError extends Error {
  constructor(readonly issues: readonly EnvIssue[]) {
    super(`Invalid environment: ${EnvValidationError.describe(issues)}`);
    this.name = 'EnvValidationError';
  }

  private static describe(issues: readonly EnvIssue[]): string {
    // Group by variable so one variable with two problems is still named once.
    const byName = new Map<string, string[]>();
    for (const { name, message } of issues) {
      byName.set(name, [...(byName.get(name) ?? []), message]);
    }
    return [...byName].map(([name, messages]) => `${name} (${messages.join('; ')})`).join(', ');
  }
}
