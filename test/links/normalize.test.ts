import { describe, expect, it } from 'vitest';
import { normalizeUrl, registrableDomain } from '../../src/links/normalize.ts';
import { siteFromOption, unknownSite } from '../../src/links/site.ts';
import { bundledRules } from './helpers.ts';

const rules = bundledRules();
const site = siteFromOption('https://blog.example');
const norm = (url: string, s = unknownSite) => normalizeUrl(url, s, rules).normalized_url;

describe('normalizeUrl', () => {
  it('lower-cases scheme and host but not the path', () => {
    expect(norm('HTTP://WWW.Example.COM/Path/A')).toBe('http://www.example.com/Path/A');
  });

  it('drops the fragment', () => {
    expect(norm('https://x.com/a#section-2')).toBe('https://x.com/a');
  });

  it('drops default ports and keeps others', () => {
    expect(norm('http://x.com:80/a')).toBe('http://x.com/a');
    expect(norm('https://x.com:443/a')).toBe('https://x.com/a');
    expect(norm('http://x.com:8080/a')).toBe('http://x.com:8080/a');
  });

  it('drops utm_* and other tracking parameters, keeping the rest in order', () => {
    expect(norm('https://x.com/a?id=3&utm_source=tw&UTM_Medium=s&fbclid=9&b=2&gclid=1&mc_cid=x&mc_eid=y&igshid=z&ref_src=q')).toBe(
      'https://x.com/a?id=3&b=2',
    );
  });

  it('drops the question mark when only tracking parameters were there', () => {
    expect(norm('https://x.com/a?utm_campaign=z')).toBe('https://x.com/a');
  });

  it('keeps the encoding of the parameters it keeps', () => {
    expect(norm('https://x.com/s?q=a+b%20c&utm_source=z')).toBe('https://x.com/s?q=a+b%20c');
  });

  it('gives a www. host without scheme http://', () => {
    expect(normalizeUrl('www.Example.com/a', unknownSite, rules)).toMatchObject({
      normalized_url: 'http://www.example.com/a',
      scheme: 'http',
      domain: 'example.com',
      kind: 'absolute',
    });
  });

  it('keeps a relative link as its path when the site is unknown', () => {
    expect(normalizeUrl('/2011/01/post/?utm_source=x#c', unknownSite, rules)).toMatchObject({
      normalized_url: '/2011/01/post/',
      domain: '',
      kind: 'relative',
    });
  });

  it('resolves a relative link against the site origin when known', () => {
    expect(normalizeUrl('/2011/01/post/', site, rules)).toMatchObject({
      normalized_url: 'https://blog.example/2011/01/post/',
      domain: 'blog.example',
      kind: 'relative',
    });
  });

  it('resolves a page-relative link against the page path', () => {
    expect(normalizeUrl('./img/a.jpg', site, rules, '/2019/11/post/').normalized_url).toBe('https://blog.example/2019/11/post/img/a.jpg');
    expect(normalizeUrl('./img/a.jpg', unknownSite, rules, '/2019/11/post/').normalized_url).toBe('/2019/11/post/img/a.jpg');
  });

  it('gives a protocol-relative link the scheme of the site', () => {
    expect(norm('//cdn.x.com/a.js', site)).toBe('https://cdn.x.com/a.js');
  });

  it('marks a non-web scheme and leaves host and domain empty', () => {
    expect(normalizeUrl('JavaScript:alert(1)', unknownSite, rules)).toEqual({
      normalized_url: 'javascript:alert(1)',
      scheme: 'javascript',
      host: '',
      domain: '',
      kind: 'non-web',
    });
  });

  it('sees through tabs and newlines hidden in a scheme', () => {
    expect(normalizeUrl('java\tscript:alert(1)', unknownSite, rules).scheme).toBe('javascript');
  });

  it('marks an unparseable web address as malformed with an empty domain', () => {
    expect(normalizeUrl('http://exa mple.com/', unknownSite, rules)).toMatchObject({ kind: 'malformed', domain: '' });
  });
});

describe('registrableDomain', () => {
  it('strips www. to the registrable domain', () => {
    expect(registrableDomain('www.bettermovement.org', rules)).toBe('bettermovement.org');
  });

  it('keeps a blogspot blog whole under any country suffix', () => {
    expect(registrableDomain('conditioningresearch.blogspot.jp', rules)).toBe('conditioningresearch.blogspot.jp');
    expect(registrableDomain('www.x.blogspot.co.uk', rules)).toBe('x.blogspot.co.uk');
  });

  it('uses the public suffix list for multi-label suffixes', () => {
    expect(registrableDomain('news.bbc.co.uk', rules)).toBe('bbc.co.uk');
  });

  it('keeps an IP address as it is', () => {
    expect(registrableDomain('127.0.0.1', rules)).toBe('127.0.0.1');
  });
});
