// Servers often give a tool (prompt, resource) a description that only repeats its title ("Navigate to
// a URL" twice, Playwright's MCP server); the views show the title beside the name, so the description
// would say it again right below.

const normalised = (text: string) => text.trim().replace(/[.\s]+$/, '').toLowerCase();

/** The description, unless it says nothing the title does not (same words, case and final period aside). */
export function descriptionBesidesTitle(title: string | undefined, description: string | undefined): string | undefined {
  if (!description) return undefined;
  return title && normalised(title) === normalised(description) ? undefined : description;
}
