/**
 * Cleans SVG text before librsvg sees it.
 *
 * Measured with librsvg 2.63 (sharp 0.35) and strace, rendering from a Buffer: <image>/<use>/xi:include hrefs to
 * file://, relative names and http://127.0.0.1 load nothing and open no file or socket; an external entity
 * fails as "Entity not defined"; a billion-laughs bomb is stopped by libxml2's amplification limit (~26 ms);
 * <script> is ignored. So librsvg is safe on its own today. This pass is defence in depth against a future
 * librsvg (or a caller passing a path) changing that, and it turns the entity cases into clear messages.
 *
 * It works on the bytes as latin1 so every byte survives untouched (the SVG's own encoding still applies).
 */
import { IconError } from './errors';

const MAX_ENTITIES = 64;

/**
 * Internal entities with plain text values (old Illustrator exports declare namespaces that way) are kept.
 * Declarations are looked for in the whole text, not just a parsed DOCTYPE: a value containing "]>" must not
 * be able to hide the declarations after it.
 */
function checkEntities(text: string): void {
  const declarations = [...text.matchAll(/<!ENTITY\s+(%\s*)?(\S+)\s+((?:SYSTEM|PUBLIC)\b|"[^"]*"|'[^']*')?/gi)];
  if (declarations.length > MAX_ENTITIES) {
    throw new IconError('svg-entities', `The SVG declares ${declarations.length} XML entities; at most ${MAX_ENTITIES} are accepted`);
  }
  for (const [, parameter, name, value] of declarations) {
    if (parameter || !value || /^(SYSTEM|PUBLIC)$/i.test(value)) {
      throw new IconError(
        'svg-entities',
        `The SVG declares an external XML entity ("${name}"), which could read files: save the SVG without a DOCTYPE`,
      );
    }
    if (/[&%]/.test(value)) {
      throw new IconError(
        'svg-entities',
        `The SVG's XML entity "${name}" refers to other entities (an "entity bomb" pattern): save the SVG without a DOCTYPE`,
      );
    }
  }
}

/** An href (any namespace prefix) or url() target is kept only when it points inside the document or is data. */
const isInternal = (target: string) => /^\s*(#|data:)/i.test(target);

export function sanitiseSvg(bytes: Uint8Array): Buffer {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  checkEntities(text);
  const cleaned = text
    // Scripts never render; drop them so nothing downstream can run them.
    .replace(/<script\b[\s\S]*?(<\/script\s*>|\/>)/gi, '')
    .replace(/\s(?:[\w.-]+:)?href\s*=\s*("[^"]*"|'[^']*')/gi, (whole, quoted: string) =>
      isInternal(quoted.slice(1, -1)) ? whole : '',
    )
    .replace(/@import[^;>]*;?/gi, '')
    .replace(/url\(\s*(["']?)([^)]*?)\1\s*\)/gi, (whole, _quote: string, target: string) =>
      isInternal(target) ? whole : 'none',
    );
  return Buffer.from(cleaned, 'latin1');
}
