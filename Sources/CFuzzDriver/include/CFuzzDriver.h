#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

/// Runs libFuzzer's driver on LLVMFuzzerTestOneInput (defined in Swift by indicators-fuzz) with
/// the command line's libFuzzer options. Only in a build with -DFUZZING (`make fuzz`); otherwise
/// returns 64 at once.
int indicators_fuzz_driver(int argc, char **argv);

#endif
