// A nextCursor that was already used in the same walk sends a client round in circles forever.
import { specLinks } from '../specLinks';
import { describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';
import { PaginationWalks, readListPage } from '../paginationWalks';

export const paginationCursorRepeatRule: DiagnosisRule = {
  descriptor: {
    id: 'pagination-cursor-repeat',
    title: 'Pagination cursor repeats',
    severity: 'error',
    specSection: specLinks.pagination,
    explanation: 'Within one walk through a list, each nextCursor must be new; a repeated cursor makes clients loop forever.',
  },
  createChecker() {
    // Whether the loop was already reported, so a client that keeps following it gets one finding.
    const walks = new PaginationWalks<{ reported: boolean }>(() => ({ reported: false }));
    return {
      observe({ message }): FindingDraft[] {
        const page = message?.sender === 'server' ? readListPage(message) : undefined;
        if (!page) return [];
        const walk = walks.walkFor(page);
        const repeats = page.nextCursor !== undefined && walk.cursors.has(page.nextCursor);
        walks.advance(page, walk);
        if (!repeats || walk.state.reported) return [];
        walk.state.reported = true;
        return [{
          message: `The server's result for ${describeRequest(page.request)} offers nextCursor ${showValue(page.nextCursor)}, which this walk through ${page.request.method} already used.`,
          seqs: [page.request.seq, page.seq],
        }];
      },
    };
  },
};
