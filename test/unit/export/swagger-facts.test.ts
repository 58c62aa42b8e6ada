import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLoosely } from '../../../main/core/export/gates';
import { factsFromDocument, scanSwaggerFacts, type SwaggerFacts } from '../../../main/core/export/swagger-facts';
import { decodeText } from '../../../main/core/text/encoding';
import { corpusConnectors } from '../../support/corpus';

const encode = (s: string) => new TextEncoder().encode(s);

/** The facts the way the export found them before: decode, JSON.parse (tolerant on failure), read. */
function viaFullParse(bytes: Uint8Array): SwaggerFacts {
  return factsFromDocument(parseJsonLoosely(decodeText(bytes).text));
}

/** The byte walk either vouches for the same facts as the full parse, or declines (null). */
function expectAgrees(bytes: Uint8Array, label: string): SwaggerFacts | null {
  const fast = scanSwaggerFacts(bytes);
  if (fast !== null) expect(fast, label).toEqual(viaFullParse(bytes));
  return fast;
}

describe('scanSwaggerFacts', () => {
  it('gives the full parse its facts on every corpus definition and properties file, declining only invalid JSON', () => {
    let checked = 0;
    for (const { name, dir } of corpusConnectors()) {
      for (const file of ['apiDefinition.swagger.json', 'apiProperties.json']) {
        const path = join(dir, file);
        if (!existsSync(path)) continue;
        const bytes = new Uint8Array(readFileSync(path));
        const strict = (() => {
          try {
            JSON.parse(decodeText(bytes).text);
            return true;
          } catch {
            return false;
          }
        })();
        expect(expectAgrees(bytes, `${name}/${file}`) !== null, `${name}/${file}`).toBe(strict);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(180);
  });

  it('reads the info section and counts distinct definitions as JSON.parse does', () => {
    const doc = `\uFEFF{"info":{"title":"Old"},"definitions":{"A":{},"B":{"x":{"C":1}}},"info":{"title":"Tést ✓","contact":{"name":"Ann"}},
      "definitions":{"A":{},"B":[],"A":{"y":true},"\\u0041":null,"__proto__":{},"":1}, "paths":{"/a":{"definitions":{"Z":{}}}}}`;
    const facts = expectAgrees(encode(doc), 'duplicates');
    expect(facts).toEqual({ info: { title: 'Tést ✓', contact: { name: 'Ann' } }, schemaCount: 4 });
  });

  it('handles keys that only match once their escapes are resolved', () => {
    const facts = expectAgrees(encode('{"\\u0069nfo":{"title":"escaped"},"defin\\u0069tions":{"a\\"b":{},"a\\u0022b":{}}}'), 'escaped keys');
    expect(facts).toEqual({ info: { title: 'escaped' }, schemaCount: 1 });
  });

  it('keeps a key that starts with U+FEFF apart from the same key without it', () => {
    const facts = expectAgrees(encode('{"definitions":{"\uFEFFa":{},"a":{}}}'), 'bom key');
    expect(facts?.schemaCount).toBe(2);
  });

  it.each([
    ['definitions that are not an object', '{"definitions":[{"a":1}],"info":"text"}'],
    ['no info or definitions', '{"swagger":"2.0"}'],
    ['an empty object', ' {} '],
    ['numbers and literals of every shape', '{"a":[0,-0,1.5e10,-2E-3,10,true,false,null,{}],"definitions":{"n":-1.0e+2}}'],
    ['deep nesting', `{"definitions":{"d":${'['.repeat(5000)}${']'.repeat(5000)}}}`],
  ])('agrees on %s', (_label, doc) => {
    expect(expectAgrees(encode(doc), doc.slice(0, 40))).not.toBeNull();
  });

  it.each([
    ['a trailing comma', '{"info":{"title":"x"},}'],
    ['a comment', '{"info":{"title":"x"} /* c */}'],
    ['trailing content', '{"info":{}} {}'],
    ['an unterminated string', '{"info":{"title":"x}}'],
    ['a raw tab in a string', '{"info":{"title":"a\tb"}}'],
    ['a bad escape', '{"info":{"title":"a\\qb"}}'],
    ['a short unicode escape', '{"info":{"title":"a\\u12"}}'],
    ['a leading zero', '{"n":01}'],
    ['a bare minus', '{"n":-}'],
    ['a dot without digits', '{"n":1.}'],
    ['single quotes', "{'info':{}}"],
    ['an array at the top', '[{"info":{"title":"x"}}]'],
    ['a misspelt literal', '{"a":tru}'],
    ['a missing colon', '{"info" {"title":"x"}}'],
    ['a second byte-order mark', '\uFEFF\uFEFF{"info":{"title":"x"}}'],
    ['nothing', ''],
  ])('declines %s, leaving it to the tolerant parse', (_label, doc) => {
    expect(scanSwaggerFacts(encode(doc))).toBeNull();
  });

  it('declines bytes that are not UTF-8 (the full path decodes them byte-escaped)', () => {
    const bytes = new Uint8Array([...encode('{"info":{"title":"caf'), 0xe9, ...encode('"}}')]);
    expect(scanSwaggerFacts(bytes)).toBeNull();
    expect(viaFullParse(bytes).info).toEqual({ title: 'caf\udce9' });
  });

  it('never disagrees with the full parse on thousands of damaged documents', () => {
    const base = encode(
      '{"swagger":"2.0","info":{"title":"Demo","contact":{"name":"A","email":"a@b.c"}},"paths":{"/x":{"get":{"responses":{"200":{"description":"ok","schema":{"$ref":"#/definitions/Item"}}}}}},' +
        '"definitions":{"Item":{"type":"object","properties":{"n":{"type":"number","example":-1.5e3},"s":{"type":"string","default":"a\\"b\\u00e9"}}},"List":{"type":"array","items":{"$ref":"#/definitions/Item"}}}}',
    );
    const alphabet = encode('{}[],:"\\ 0-1.eEtrufalsn\tx');
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let vouched = 0;
    for (let round = 0; round < 4000; round++) {
      const bytes = [...base];
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(bytes.length);
        const kind = random(3);
        if (kind === 0) bytes.splice(at, 1);
        else if (kind === 1) bytes.splice(at, 0, alphabet[random(alphabet.length)]);
        else bytes[at] = alphabet[random(alphabet.length)];
      }
      if (expectAgrees(Uint8Array.from(bytes), `round ${round}`) !== null) vouched++;
    }
    // Many damaged documents stay valid JSON (an edit inside a string): the fast path must have run on them.
    expect(vouched).toBeGreaterThan(200);
  });
});
