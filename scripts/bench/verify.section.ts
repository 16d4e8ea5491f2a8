/** `npm run bench` section: verification lookup times (the measurement lives in verify.ts). */
export { default } from './verify';
