//! Links the `redline` binary as a position-dependent executable on Linux with GNU tools.
//!
//! A position-independent executable (the default) has its loader patch every pointer in
//! its tables at each start (30,000 relocations here: clap's, ratatui's, the analysis's
//! static data), which writes to about 150 pages of memory before `main` runs. Linked at a
//! fixed address, those pointers are written once by the linker: one article's whole
//! process took 5.3 ms instead of 6.4 ms (mean of 300 runs, measured). Address-space layout
//! randomisation of the executable's own image is what this gives up; libraries, the heap
//! and the stack are still randomised.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
