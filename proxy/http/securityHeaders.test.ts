import { describe, expect, it } from 'vitest';
import { securityHeaders } from './securityHeaders';

const directives = (port: number) =>
  new Map(
    securityHeaders(port)['Content-Security-Policy']!.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values.join(' ')] as const;
    }),
  );

describe('securityHeaders', () => {
  it('forbids framing, <base>, plugins and forms posting elsewhere', () => {
    const csp = directives(6274);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(securityHeaders(6274)['X-Frame-Options']).toBe('DENY');
  });

  it('keeps what the UI needs: its own scripts and workers, this proxy’s socket, data: fonts', () => {
    const csp = directives(6274);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('worker-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self' ws://127.0.0.1:6274 ws://localhost:6274");
    expect(csp.get('font-src')).toBe("'self' data:");
  });

  it('frames only the app sandbox origin, and nothing without one', () => {
    expect(directives(6274).get('frame-src')).toBe("'none'");
    const csp = securityHeaders(6274, 'http://127.0.0.1:6300')['Content-Security-Policy']!;
    expect(csp).toContain('frame-src http://127.0.0.1:6300;');
  });
});
