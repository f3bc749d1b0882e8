/// <reference types="vite/client" />

declare module 'exceljs/dist/exceljs.min.js';
