//! The `redline` application: the command line ([`cli`]), its configuration file ([`config`])
//! and the terminal reader ([`tui`]),
//! a thin layer over the analysis library [`redline_analysis`]. The binary (`main.rs`) only
//! parses arguments and reports errors; benchmarks and tests drive these modules directly.

pub mod cli;
pub mod config;
pub mod store;
pub mod tui;
