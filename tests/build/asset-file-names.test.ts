import { describe, expect, it } from 'vitest';
import { assetFileNames, flagIconsVersion } from '../../src/build/asset-file-names';

describe('assetFileNames', () => {
  const names = assetFileNames('7.5.0');

  it('should name a flag of flag-icons by the package version, not a hash', () => {
    const flag = { originalFileNames: ['/repo/node_modules/flag-icons/flags/4x3/nz.svg'] };
    expect(names(flag)).toBe('assets/flag-icons-7.5.0/[name][extname]');
  });

  it("should keep Vite's hashed names for every other asset", () => {
    expect(names({ originalFileNames: ['/repo/public/favicon.svg'] })).toBe(
      'assets/[name]-[hash][extname]',
    );
    expect(names({ originalFileNames: ['/repo/node_modules/flag-icons/flags/1x1/nz.svg'] })).toBe(
      'assets/[name]-[hash][extname]',
    );
    expect(names({ originalFileNames: [] })).toBe('assets/[name]-[hash][extname]');
  });

  it('should read the installed flag-icons version', () => {
    expect(flagIconsVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
