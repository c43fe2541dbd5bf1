/**
 * zod compiles its object checks with `new Function` where it may, and probes for that on first use.
 * The page's security policy forbids evaluating code (script-src without 'unsafe-eval'), so zod is told
 * not to try. It reads the setting when a schema is made, so main.tsx imports this module first of all.
 * The load pipeline's own compiled check (src/model/compile-check.ts) needs no eval.
 */
import * as z from "zod/mini";

z.config({ jitless: true });
