/** The export actions, loaded together on demand by the Export menu. */
export { CHART_FILE_NAME, exportChartSvg } from './chart-svg';
export { exportSlidePng, SLIDE_FILE_NAME } from './render-slide';
