#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CFuzzDriver
import Foundation

// Built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`), libFuzzer calls this for every input; the
// target is chosen by FUZZ_TARGET (csv, figure or period).
#if FUZZING
  nonisolated(unsafe) private var selected: FuzzTarget?

  /// libFuzzer's driver with this program's command line (SwiftPM names the entry point, so the
  /// driver is started from here rather than from libFuzzer's own `main`).
  @main struct FuzzMain {
    static func main() {
      exit(indicators_fuzz_driver(CommandLine.argc, CommandLine.unsafeArgv))
    }
  }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if selected == nil {
      let name = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? ""
      guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue))")
      }
      selected = target
    }
    selected!.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
#else
  /// Without the fuzzer: replays inputs, `indicators-fuzz TARGET FILE…`, to reproduce a crash the
  /// fuzzer found (or check a corpus) in an ordinary build.
  @main struct FuzzReplay {
    static func main() throws {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        print("usage: indicators-fuzz csv|figure|period FILE…")
        exit(64)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        target.run([UInt8](data))
      }
      print("\(arguments.count - 1) inputs ran without a crash")
    }
  }
#endif
