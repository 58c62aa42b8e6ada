/**
 * Contract area: icon. Every image the user gives us is untrusted: sharp gets Buffers only, with pixel limits, and
 * SVGs are sanitised (main/core/icon). Errors come back as data with a plain message.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { IconApi } from '../../preload/contract';
import { composeIcon, fixIcon, IconError, measureIcon, sniffFormat, suggestColors } from '../core/icon';
import { iconSpecChecks } from '../core/model/icon';
import type { Host } from '../host-types';

/** A logo larger than this is refused before reading (a real logo is a few hundred KB at most). */
const MAX_LOGO_BYTES = 20 * 1024 * 1024;
const MEDIA_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function failure(error: unknown) {
  const message = error instanceof IconError ? error.message : `The image could not be processed: ${(error as Error).message}`;
  return { ok: false as const, error: { code: error instanceof IconError ? error.code : 'icon-failed', message } };
}

export function createIconHandlers(host: Host): IconApi {
  const measuredChecks = async (icon: Uint8Array, color: string, mode: 'certified' | 'independent-publisher') =>
    iconSpecChecks(await measureIcon(icon), color, mode);

  return {
    async pickLogo() {
      const path = await host.showOpenDialog('image');
      if (!path) return null;
      try {
        const size = (await stat(path)).size;
        if (size > MAX_LOGO_BYTES) throw new IconError('too-large', `${basename(path)} is ${(size / 1048576).toFixed(1)} MB; a logo should be well under 20 MB.`);
        const bytes = new Uint8Array(await readFile(path));
        const format = sniffFormat(bytes);
        if (!format) throw new IconError('unsupported-format', `${basename(path)} is not an SVG, PNG, JPEG or WebP image.`);
        return { ok: true, value: { name: basename(path) || `logo${extname(path)}`, mediaType: MEDIA_TYPES[format] ?? 'application/octet-stream', base64: base64Of(bytes) } };
      } catch (error) {
        return failure(error);
      }
    },

    async composeIcon(logo, settings, mode) {
      try {
        const icon = await composeIcon(bytesOf(logo.base64), settings);
        return { ok: true, value: { iconBase64: base64Of(icon), checks: await measuredChecks(icon, settings.color, mode) } };
      } catch (error) {
        return failure(error);
      }
    },

    async checkIcon(iconBase64, brandColor, mode) {
      if (!iconBase64) return iconSpecChecks(null, brandColor, mode);
      return measuredChecks(bytesOf(iconBase64), brandColor, mode);
    },

    async fixIcon(iconBase64, brandColor, mode) {
      try {
        const icon = await fixIcon(bytesOf(iconBase64), brandColor);
        return { ok: true, value: { iconBase64: base64Of(icon), checks: await measuredChecks(icon, brandColor, mode) } };
      } catch (error) {
        return failure(error);
      }
    },

    async suggestColors(logo) {
      try {
        return { ok: true, value: await suggestColors(bytesOf(logo.base64)) };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
