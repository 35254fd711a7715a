// The second line of defence for "secrets never reach the file": the structured fields are masked by
// redactTarget, and this replaces any known secret value a server echoes (in stderr, in a result)
// wherever it appears in a line about to be written.

const MASK = '***';
/** Shorter values ("1", "yes") are too common to scrub without mangling unrelated text. */
const MIN_SECRET_LENGTH = 4;

export class SecretScrubber {
  /** Each secret as it appears inside a JSON string (escaped). */
  private readonly secrets = new Set<string>();

  learn(values: Iterable<string>): void {
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH || value === MASK) continue;
      this.secrets.add(JSON.stringify(value).slice(1, -1));
    }
  }

  /** The JSON text with every known secret masked. */
  scrub(json: string): string {
    let text = json;
    for (const secret of this.secrets) if (text.includes(secret)) text = text.replaceAll(secret, MASK);
    return text;
  }
}
