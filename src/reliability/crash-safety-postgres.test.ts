import { describeCrashSafety } from './crash-safety.test-support.js';

// Skipped, like every PostgreSQL test, without TEST_DATABASE_URL.
describeCrashSafety('postgres');
