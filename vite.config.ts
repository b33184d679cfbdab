import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { assetFileNames, flagIconsVersion } from './src/build/asset-file-names';
import { cspPlugin } from './src/build/csp-plugin';
import { datasetPlugin } from './src/build/dataset-plugin';
import { OFFLINE_MODE, offlineSingleFilePlugin } from './src/build/offline-plugin';
import { trimCountryDataPlugin } from './src/build/trim-country-data';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    trimCountryDataPlugin(),
    datasetPlugin('seeds'),
    // `vite build --mode offline`: one self-contained HTML file in dist-offline/.
    mode === OFFLINE_MODE && offlineSingleFilePlugin(),
    // The Content-Security-Policy meta element; the offline file sets its own, with script hashes.
    mode !== OFFLINE_MODE && cspPlugin(),
  ],
  // The extraction worker is bundled on its own and needs the same trimming.
  worker: { format: 'es', plugins: () => [trimCountryDataPlugin()] },
  build: {
    // dist/.vite/manifest.json: which chunks the page loads first, for the size budgets
    // (.size-limit.js). The offline build is one file and needs none.
    manifest: mode !== OFFLINE_MODE,
    // Flags named by version, not hash: their URL map in the first-load bundle compresses.
    rolldownOptions: { output: { assetFileNames: assetFileNames(flagIconsVersion()) } },
  },
}));
