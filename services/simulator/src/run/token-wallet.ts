/** A VNeID access token and when (real time, epoch ms) VNeID stops accepting it. */
export interface AccessToken {
  readonly value: string;
  readonly expiresAt: number;
}

/** Not sent in its last minute: a call on a loaded machine may take that long to be checked. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The simulated citizens' tokens: one login per citizen, used again until it is about to expire, then a new
 * login — as a portal does. A month at full volume runs longer than a token lives (an hour of real time).
 */
export class TokenWallet {
  private readonly tokens = new Map<string, AccessToken>();

  constructor(private readonly now: () => number = Date.now) {}

  async tokenOf(holder: string, login: () => Promise<AccessToken>): Promise<string> {
    let token = this.tokens.get(holder);
    if (!token || token.expiresAt - EXPIRY_MARGIN_MS <= this.now()) {
      token = await login();
      this.tokens.set(holder, token);
    }
    return token.value;
  }
}
