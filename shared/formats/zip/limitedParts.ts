import type { LimitGuard } from '../../domain/importLimits';
import type { ZipArchive } from './readZip';

/**
 * The zip with the guard's limit on one part: a part whose declared unpacked size passes it is refused
 * ('partTooLarge') before anything is inflated. The declared size is an upper bound that holds, since
 * inflating stops as soon as an entry passes it (readZip.ts).
 */
export function withPartLimit(zip: ZipArchive, guard: LimitGuard): ZipArchive {
  const sizes = new Map(zip.entries.map((entry) => [entry.name.toLowerCase(), entry.size]));
  return {
    entries: zip.entries,
    has: (name) => zip.has(name),
    read(name) {
      const size = sizes.get(name.toLowerCase());
      if (size !== undefined) guard.check('partBytes', size);
      return zip.read(name);
    },
  };
}
