import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/build/dataset-plugin';

export default defineConfig({
  plugins: [react(), datasetPlugin('seeds')],
});
