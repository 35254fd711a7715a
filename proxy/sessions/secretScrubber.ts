// The second line of defence for "secrets never reach the file": the structured fields are masked by
// redactTarget, and this replaces any known secret value a server echoes (in stderr, in a result)
// wherever it appears in a line about to be written.

const MASK = '***';
/** Shorter values ("1", "yes") are too common to scrub without mangling unrelated text. */
const MIN_SECRET_LENGTH = 4;
/** `Bearer <credential>` (or DPoP) anywhere in the text, e.g. an Authorization header a server echoes. */
const BEARER_VALUE = /\b((?:Bearer|DPoP)\s+)(?!\*\*\*)[A-Za-z0-9\-._~+/]{4,}=*/g;
/** OAuth credential fields of a JSON object (escaped or not), e.g. a token response a server echoes. */
const TOKEN_FIELD = /((?:\\)?"(?:access_token|refresh_token|id_token|client_secret|code_verifier)(?:\\)?"\s*:\s*(?:\\)?")(?!\*\*\*)(?:[^"\\]|\\[^"])*((?:\\)?")/g;

export class SecretScrubber {
  /** Each secret as it appears inside a JSON string (escaped). */
  private readonly secrets = new Set<string>();

  learn(values: Iterable<string>): void {
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH || value === MASK) continue;
      this.secrets.add(JSON.stringify(value).slice(1, -1));
    }
  }

  /** The JSON text with every known secret, bearer credential and OAuth token field masked. */
  scrub(json: string): string {
    let text = json;
    for (const secret of this.secrets) if (text.includes(secret)) text = text.replaceAll(secret, MASK);
    // Tokens the inspector obtained by OAuth are not known in advance; mask them by their shape too.
    return text.replace(BEARER_VALUE, `$1${MASK}`).replace(TOKEN_FIELD, `$1${MASK}$2`);
  }
}
