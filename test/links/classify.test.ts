import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../src/links/classify.ts';
import { normalizeUrl } from '../../src/links/normalize.ts';
import { siteFromOption, unknownSite } from '../../src/links/site.ts';
import { bundledRules } from './helpers.ts';

const rules = bundledRules();
const site = siteFromOption('criticalmas.org');
const classOf = (url: string, s = unknownSite) => classifyLink(normalizeUrl(url, s, rules), s, rules);

describe('classifyLink', () => {
  it.each([
    ['https://www.ncbi.nlm.nih.gov/pubmed/123', 'research'],
    ['https://pubmed.ncbi.nlm.nih.gov/123/', 'research'],
    ['https://doi.org/10.1000/xyz', 'research'],
    ['http://www.sciencedirect.com/science/article/pii/S1', 'research'],
    ['https://journals.plos.org/plosone/article?id=1', 'research'],
    ['http://web.mit.edu/a', 'research'],
    ['http://www.ox.ac.uk/a', 'research'],
    ['https://scholar.google.co.uk/scholar?q=x', 'research'],
    ['https://en.wikipedia.org/wiki/Methylsulfonylmethane', 'encyclopedia'],
    ['https://www.britannica.com/topic/x', 'encyclopedia'],
    ['https://www.youtube.com/watch?v=1', 'video'],
    ['https://youtu.be/1', 'video'],
    ['https://vimeo.com/1', 'video'],
    ['http://www.amazon.co.uk/dp/1', 'book-or-shop'],
    ['https://images-na.ssl-images-amazon.com/images/I/1.jpg', 'book-or-shop'],
    ['https://www.goodreads.com/book/show/1', 'book-or-shop'],
    ['https://books.google.com/books?id=1', 'book-or-shop'],
    ['https://www.facebook.com/x', 'social'],
    ['https://twitter.com/x/status/1', 'social'],
    ['https://x.com/x/status/1', 'social'],
    ['https://old.reddit.com/r/x', 'social'],
    ['https://www.nytimes.com/2011/01/01/health/x.html', 'news'],
    ['http://news.bbc.co.uk/2/hi/health/1.stm', 'news'],
    ['https://www.theguardian.com/x', 'news'],
    ['http://conditioningresearch.blogspot.jp/2009/06/x.html', 'blog-or-other'],
    ['https://www.google.com/search?q=x', 'blog-or-other'],
    ['https://unknown-site.example/a', 'blog-or-other'],
  ])('classifies %s as %s', (url, expected) => {
    expect(classOf(url)).toEqual({ is_internal: false, link_class: expected });
  });

  it('classifies a relative link as own-blog and internal', () => {
    expect(classOf('/2011/01/post/')).toEqual({ is_internal: true, link_class: 'own-blog' });
  });

  it('classifies a link to the site host, with or without www., as own-blog', () => {
    expect(classOf('https://criticalmas.org/2011/01/post/', site)).toEqual({ is_internal: true, link_class: 'own-blog' });
    expect(classOf('http://www.criticalmas.org/', site)).toEqual({ is_internal: true, link_class: 'own-blog' });
  });

  it('does not take another blog on the same platform for the site', () => {
    const blog = siteFromOption('a.blogspot.com');
    expect(classOf('http://b.blogspot.com/x.html', blog).is_internal).toBe(false);
    expect(classOf('http://a.blogspot.com/x.html', blog).is_internal).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'file:///etc/passwd', 'mailto:a@b.c', 'ftp://x.com/a'])(
    'classifies %s as unsafe and not internal',
    (url) => {
      expect(classOf(url, site)).toEqual({ is_internal: false, link_class: 'unsafe' });
    },
  );
});
