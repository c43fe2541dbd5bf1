/** Defined by vite.config.ts (false) and by the browser tests' build (true); see src/ui/crash/TestFault.tsx. */
declare const __WARRANT_TEST_FAULTS__: boolean;
