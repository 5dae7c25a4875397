export { buildApp } from './app.js';
export { loadConfig, type Config } from './config.js';
export { connectDatabase, type DatabaseHandle } from './db/connect.js';
export { migrateToLatest } from './db/migrate.js';
export { openDatabase, createContext, startServer, type RunningServer } from './runtime.js';
export { seedDemoProvince, pickDemoAccounts, isDatabaseEmpty, DEMO_PASSWORD, type DemoAccount } from './demo/seed.js';
