//! Links the `redline` binary as a position-dependent executable on Linux with the GNU
//! toolchain (elsewhere it changes nothing).
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! about 30,000 pointers in the binary's tables (string slices, vtables, the HTML entity
//! table) are rewritten, which touches 600 KB of pages before `main`. For a run over one
//! article, a process of a few milliseconds, that was 0.4 ms and a fifth of its page faults
//! (`redline --version` 1.6 ms against 1.2 ms). The cost is that the binary's own code and
//! tables are always mapped at the same address (its libraries, heap and stack are still
//! placed at random). Only the application's binary is linked so; tests, examples and the
//! library are untouched.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
