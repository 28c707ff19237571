import { describe, expect, it } from 'vitest';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import { buildReport } from '../../src/report/build.ts';
import { fixtureMeta, fixtureTables } from '../report/fixture.ts';

const assets = { vega: '', vegaLite: '', vegaEmbed: '' };

function collectingLogger() {
  const messages: string[] = [];
  let lvl = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return lvl;
      lvl = l;
      return logger;
    },
    warn: (...args: unknown[]) => (messages.push('warn: ' + args.join(' ')), logger),
    info: (...args: unknown[]) => (messages.push('info: ' + args.join(' ')), logger),
    debug: () => logger,
    error: (...args: unknown[]) => (messages.push('error: ' + args.join(' ')), logger),
  };
  return { logger, messages };
}

const withData = buildReport({ tables: fixtureTables(), meta: fixtureMeta(), assets }).specs;
const empty = buildReport({ tables: {}, meta: fixtureMeta(), assets }).specs;

describe('every chart spec compiles without Vega-Lite warnings', () => {
  for (const [id, spec] of Object.entries(withData)) {
    it(`${id} (fixture data)`, () => {
      const { logger, messages } = collectingLogger();
      compile(spec, { logger: logger as never });
      expect(messages).toEqual([]);
    });
  }
  for (const [id, spec] of Object.entries(empty)) {
    it(`${id} (no data)`, () => {
      const { logger, messages } = collectingLogger();
      compile(spec, { logger: logger as never });
      expect(messages).toEqual([]);
    });
  }
});

describe('chart specs', () => {
  it('give every chart a title, a description and tooltips', () => {
    for (const spec of Object.values(withData)) {
      expect(spec.title).toBeTruthy();
      expect(spec.description).toBeTruthy();
      expect(JSON.stringify(spec)).toContain('"tooltip"');
    }
  });

  it('carry inline data only (no url data)', () => {
    for (const spec of Object.values(withData)) expect(JSON.stringify(spec)).not.toContain('"url"');
  });
});

describe('chart scales', () => {
  // A layer with its own data that inherits a nominal encoding adds an `undefined` category (an empty row or band).
  for (const [id, spec] of Object.entries(withData)) {
    it(`${id}: no discrete scale has an undefined category`, async () => {
      const compiled = compile(spec).spec;
      const view = new View(parse(compiled), { renderer: 'none' });
      await view.runAsync();
      const discrete = (compiled.scales ?? []).filter((s) => ['band', 'point', 'ordinal'].includes(String(s.type)));
      for (const s of discrete) {
        const domain = view.scale(s.name).domain() as unknown[];
        expect(domain.filter((v) => v === undefined || v === null || v === 'undefined'), `${id} scale ${s.name}`).toEqual([]);
      }
      view.finalize();
    });
  }
});
