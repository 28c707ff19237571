import { describe, expect, it } from 'vitest';
import { inferSite, inferSiteHost, siteFromOption } from '../../src/links/site.ts';

describe('siteFromOption', () => {
  it('takes a full URL', () => {
    expect(siteFromOption('http://Blog.Example:8080/path/')).toEqual({ host: 'blog.example', origin: 'http://blog.example:8080' });
  });

  it('takes a bare host as https', () => {
    expect(siteFromOption('criticalmas.org')).toEqual({ host: 'criticalmas.org', origin: 'https://criticalmas.org' });
  });

  it('gives an unknown site for nothing or a non-web URL', () => {
    expect(siteFromOption(undefined)).toEqual({ host: null, origin: null });
    expect(siteFromOption('  ')).toEqual({ host: null, origin: null });
    expect(siteFromOption('ftp://x.com')).toEqual({ host: null, origin: null });
  });
});

describe('inferSite', () => {
  it('picks the host whose absolute links share paths with the relative ones', () => {
    const bodies = [
      'See [a](/2011/01/a-post/) and [b](/2011/02/b-post/).',
      'Back to [a](https://blog.example/2011/01/a-post/), [b](https://blog.example/2011/02/b-post/).',
      'Elsewhere: http://other.blogspot.com/2009/05/x.html',
    ];
    expect(inferSite(bodies)).toEqual({ host: 'blog.example', origin: 'https://blog.example' });
  });

  it('falls back on permalink-shaped paths when no relative link matches', () => {
    const bodies = ['http://www.me.example/2010/01/one/ http://www.me.example/2010/02/two/ http://you.example/2010/03/x/'];
    expect(inferSiteHost(bodies)).toBe('www.me.example');
  });

  it('returns null for a single permalink-shaped link', () => {
    expect(inferSiteHost(['http://you.example/2010/03/x/ and /about/'])).toBe(null);
  });

  it('returns null when two hosts tie', () => {
    expect(inferSiteHost(['http://a.example/2010/01/x/ http://a.example/2010/02/y/ http://b.example/2010/01/x/ http://b.example/2010/02/y/'])).toBe(null);
  });

  it('does not count a bare home or about link as a match', () => {
    const bodies = ['[home](/) [about](/about/)', 'https://a.example/ https://a.example/about/'];
    expect(inferSiteHost(bodies)).toBe(null);
  });
});
