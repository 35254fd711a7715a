import { OAuthCoordinator } from './OAuthCoordinator';
import { openTokenFile } from './tokenFile';

/** What the launch decides about OAuth: browser or headless flow, callback URL, optional token file. */
export interface OAuthSetup {
  mode: 'browser' | 'headless';
  redirectUrl: string;
  /** A file path (0600) for tokens; in memory only without it. */
  tokenFile?: string;
}

export function createOAuthCoordinator(setup: OAuthSetup): OAuthCoordinator {
  return new OAuthCoordinator({
    mode: setup.mode,
    redirectUrl: setup.redirectUrl,
    ...(setup.tokenFile === undefined ? {} : { tokenFile: openTokenFile(setup.tokenFile) }),
  });
}
