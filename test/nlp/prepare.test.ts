import { describe, expect, it } from 'vitest';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { ids } from '../remedies/helpers.ts';

describe('maskForNlp', () => {
  const cases = [
    'See ![potatoes-protein](/img/p.jpg) and [my post](http://x.com/a(b)) ok',
    '[![kimchi](a.png)](http://b.com) Kimchi helped.',
    '![Photo "t"](u.png "title") done',
    'An image ![a b](c.png)\nand <b>bold</b> www.example.com.',
  ];

  it('keeps every offset and line', () => {
    for (const text of cases) {
      const masked = maskForNlp(text);
      expect(masked.length).toBe(text.length);
      expect([...masked].map((ch, i) => ch === '\n' && text[i] === '\n').filter(Boolean).length).toBe(text.split('\n').length - 1);
    }
  });

  it('masks an image with its alt text, a link target and a bare URL, and keeps a link text', () => {
    expect(maskForNlp(cases[0]!).replace(/ +/g, ' ')).toBe('See and [my post ok');
    expect(maskForNlp(cases[1]!).replace(/ +/g, ' ')).toBe('[ Kimchi helped.');
    expect(maskForNlp(cases[2]!).trim()).toBe('done');
    expect(maskForNlp(cases[3]!).replace(/ +/g, ' ')).toBe('An image \nand bold .');
  });

  it('finds no remedy in an image alt text, but finds it in the words around', () => {
    expect(ids('![Kimchi helped my gut](/img/k.jpg) ![taking magnesium](/img/m.jpg)')).toEqual([]);
    expect(ids('![a jar](/img/k.jpg) Kimchi helped my gut.')).toEqual(['kimchi']);
  });
});
