#include "CFuzzDriver.h"

#ifdef FUZZING
#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry points (compiler-rt, linked by -sanitize=fuzzer).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
extern int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int indicators_fuzz_driver(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
#else
int indicators_fuzz_driver(int argc, char **argv) {
  (void)argc;
  (void)argv;
  return 64;
}
#endif
