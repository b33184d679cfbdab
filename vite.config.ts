import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/build/dataset-plugin';
import { OFFLINE_MODE, offlineSingleFilePlugin } from './src/build/offline-plugin';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    datasetPlugin('seeds'),
    // `vite build --mode offline`: one self-contained HTML file in dist-offline/.
    mode === OFFLINE_MODE && offlineSingleFilePlugin(),
  ],
}));
