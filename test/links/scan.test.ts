import { describe, expect, it } from 'vitest';
import { findLinkSpans, trimBareUrl } from '../../src/links/scan.ts';

const raws = (text: string) => findLinkSpans(text).map((s) => s.raw);
const kinds = (text: string) => findLinkSpans(text).map((s) => s.kind);

describe('findLinkSpans', () => {
  it('finds a Markdown link with a title', () => {
    expect(raws('see [a post](http://x.com/a "The title") here')).toEqual(['http://x.com/a']);
  });

  it('finds a Markdown image as an image', () => {
    expect(findLinkSpans('![alt](https://img.example/a.jpg)')).toEqual([{ kind: 'image', raw: 'https://img.example/a.jpg', start: 7 }]);
  });

  it('finds both the image and the target of a linked image, image first', () => {
    expect(raws('[![alt](/a.jpg)](https://x.com/big.jpg)')).toEqual(['/a.jpg', 'https://x.com/big.jpg']);
  });

  it('reports a URL that is both the text and the target of a Markdown link once', () => {
    expect(raws('[http://x.com/a](http://x.com/a)')).toEqual(['http://x.com/a']);
  });

  it('keeps balanced parentheses inside a Markdown destination', () => {
    expect(raws('[w](https://en.wikipedia.org/wiki/Go_(game)).')).toEqual(['https://en.wikipedia.org/wiki/Go_(game)']);
  });

  it('keeps backslash-escaped parentheses in a Markdown destination as written', () => {
    expect(raws('[w](https://en.wikipedia.org/wiki/Borg_\\(Star_Trek\\))')).toEqual(['https://en.wikipedia.org/wiki/Borg_\\(Star_Trek\\)']);
  });

  it('accepts an angle-bracket destination with spaces', () => {
    expect(raws('[a](<http://x.com/a b>)')).toEqual(['http://x.com/a b']);
  });

  it('accepts the escaped-quote title found in exported posts', () => {
    expect(raws('![latte](http://farm3.static.flickr.com/1.jpg \\"latte art\\")')).toEqual(['http://farm3.static.flickr.com/1.jpg']);
  });

  it('does not take a bracket pair without an opening bracket for a link', () => {
    expect(kinds('text](http://x.com/a)')).toEqual(['bare']);
  });

  it('finds an autolink', () => {
    expect(findLinkSpans('go <https://x.com/a?b=1> now')).toEqual([{ kind: 'autolink', raw: 'https://x.com/a?b=1', start: 4 }]);
  });

  it('finds the href of an anchor and not the URL repeated as its text', () => {
    expect(findLinkSpans('<a href="http://x.com/a" rel="nofollow"><b>http://x.com/a</b></a>')).toEqual([
      { kind: 'html', raw: 'http://x.com/a', start: 9 },
    ]);
  });

  it('finds single-quoted and unquoted attribute values', () => {
    expect(raws("<img src='/a.jpg'> <A HREF=http://x.com/b>b</A>")).toEqual(['/a.jpg', 'http://x.com/b']);
  });

  it('ignores URLs in attributes that are not links', () => {
    expect(raws('<param name="movie" value="http://www.youtube.com/v/1"><embed src="http://www.youtube.com/v/1">')).toEqual([
      'http://www.youtube.com/v/1',
    ]);
  });

  it('reads an attribute value holding angle brackets', () => {
    expect(raws(`<img src='data:text/html,<b>x</b>'>`)).toEqual(['data:text/html,<b>x</b>']);
  });

  it('finds bare http(s) and www. URLs in text order', () => {
    expect(raws('a www.x.com/a then https://y.org/b')).toEqual(['www.x.com/a', 'https://y.org/b']);
  });

  it('does not take www. inside a word or an e-mail address for a URL', () => {
    expect(raws('foo.www.x.com me@www.x.com')).toEqual([]);
  });

  it('skips www. with no dotted host after it', () => {
    expect(raws('the www. prefix and http:// alone')).toEqual([]);
  });

  it('reports the offset of a bare URL', () => {
    expect(findLinkSpans('ab\nhttp://x.com')[0]?.start).toBe(3);
  });
});

describe('trimBareUrl', () => {
  it('drops trailing sentence punctuation', () => {
    expect(trimBareUrl('http://x.com/a.')).toBe('http://x.com/a');
    expect(trimBareUrl('http://x.com/a?!')).toBe('http://x.com/a');
  });

  it('keeps a balanced closing parenthesis', () => {
    expect(trimBareUrl('http://x.com/a_(b)')).toBe('http://x.com/a_(b)');
  });

  it('drops an unbalanced closing parenthesis and the period after it', () => {
    expect(trimBareUrl('http://x.com/a).')).toBe('http://x.com/a');
  });

  it('drops a trailing entity such as an escaped closing angle bracket', () => {
    expect(trimBareUrl('http://x.com/a&gt;.')).toBe('http://x.com/a');
  });

  it('drops closing quotes and emphasis marks', () => {
    expect(trimBareUrl('http://x.com/a”')).toBe('http://x.com/a');
    expect(trimBareUrl('http://x.com/a**')).toBe('http://x.com/a');
  });

  it('keeps a query string and an entity inside the URL', () => {
    expect(trimBareUrl('http://x.com/?a=1&amp;b=2')).toBe('http://x.com/?a=1&amp;b=2');
  });
});

describe('bare URLs in context', () => {
  it('keeps the balanced pair of a URL in parentheses and drops the outer one', () => {
    expect(raws('(see http://x.com/a_(b))')).toEqual(['http://x.com/a_(b)']);
  });
});
