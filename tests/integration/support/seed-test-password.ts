/** The demo accounts' password in the seed tests: on a shared database either file may seed first. */
export const SEED_TEST_PASSWORD = "Demo@2026-test";
