//! Red lines of the thirteenth round on invented sentences: a test per rule or cue family
//! added then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn mine_workers_and_their_employers_are_another_domain() {
    // a mineworkers' union's ultimatum to an employer
    none(
        "Mine talks\n\nSouth Africa's largest mineworkers' union gave a platinum producer 48 hours on \
         Monday to improve its offer or face a stoppage at three shafts.\n\nThe workers said the \
         employer had ignored them.",
    );
    // the same ultimatum between governments
    let t = "Border row\n\nChile gave Bolivia 72 hours on Monday to release the detained soldiers or \
             face sanctions.\n\nThe foreign minister said the workers at the border post were safe.";
    assert!(marked(t, "or face", "UL"));
}
