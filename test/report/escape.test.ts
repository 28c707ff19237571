import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, linkHtml, safeHttpUrl, scriptForInline } from '../../src/report/escape.ts';

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
  it('turns null into an empty string', () => {
    expect(escapeHtml(null)).toBe('');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
  it('escapes the JS line separators', () => {
    expect(jsonForScript('a\u2028b')).toBe('"a\\u2028b"');
  });
});

describe('scriptForInline', () => {
  it('breaks up a closing script tag inside library code', () => {
    expect(scriptForInline('var s = "</script>";')).toBe('var s = "<\\/script>";');
  });
});

describe('safeHttpUrl and linkHtml', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
  });
  it('rejects javascript:, data: and relative URLs', () => {
    expect([safeHttpUrl('javascript:alert(1)'), safeHttpUrl('data:text/html,x'), safeHttpUrl('/x')]).toEqual([null, null, null]);
  });
  it('makes http links open in a new tab without referrer', () => {
    expect(linkHtml('https://e.org/?a=1&b=2', 'E <1>')).toBe('<a href="https://e.org/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">E &lt;1&gt;</a>');
  });
  it('renders a javascript: link as plain text', () => {
    expect(linkHtml('javascript:alert(1)', 'javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});
