import { setFlagsFromString } from 'node:v8';

/**
 * Node 20's V8 aborts the whole process ("Fatal error … unreachable code" in
 * Deoptimizer::DoComputeBuiltinContinuation) when optimized code that inlined
 * a call into WebAssembly has to deoptimize. Both engines here are
 * WebAssembly (Cedar, PGlite), and an authorizer whose decisions alternate
 * between remembered and evaluated paths hit it within 60k decisions
 * (src/access/v8-workarounds.test.ts reproduces it in a child process).
 * Turning off that one inlining cost nothing measurable in the decision
 * benchmark. It must run before the hot code is optimized, so the CLI entry
 * point and the authorizer import this module first.
 */
setFlagsFromString('--no-turbo-inline-js-wasm-calls');
