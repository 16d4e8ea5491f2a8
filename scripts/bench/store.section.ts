/** `npm run bench` section: dataset store install and read times (the measurement lives in store.ts). */
export { default } from './store';
