//! Red lines of the tenth round on invented sentences: a test per cue family added or widened
//! then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn steps_against_another_state_to_come() {
    let t = "Ghana said it would be forced to reconsider its gas supplies to Togo if the levy stayed.";
    assert!(marked(t, "reconsider its gas supplies", "TH"));
    let t = "Peru could suspend its participation in the fisheries pact, the minister warned.";
    assert!(marked(t, "suspend its participation", "TH"));
    let t = "Oman said Yemen's rebels would be “dealt with” if the drones came back.";
    assert!(marked(t, "would be “dealt with", "TH"));
    none("Delta said it would cut flights from Washington in the winter, and the airline would review routes.");
    none("In London, the complaints will be dealt with at the next board meeting, the mayor said.");
}

#[test]
fn disputes_taken_to_a_forum_and_means_at_disposal() {
    let t = "Chile said it will take the dispute to the International Court of Justice.";
    assert!(marked(t, "take the dispute to", "TH"));
    let t = "Iran said any strike would be answered with all means at its disposal.";
    assert!(marked(t, "with all means at its disposal", "TH"));
    let t = "Beijing said Manila should not play with fire over the shoal.";
    assert!(marked(t, "not play with fire", "TH"));
    none("The London family said it will take the case to a county court next spring.");
}

#[test]
fn demands_by_passive_appeal_and_expectation() {
    let t = "Serbia had been asked to hand over the suspects, the EU envoy said.";
    assert!(marked(t, "had been asked to hand over", "DM"));
    let t = "Norway pressed both governments to keep the corridor open in Sudan.";
    assert!(marked(t, "pressed", "DM"));
    let t = "Kenya expected the transitional council in Somalia to release the detainees.";
    assert!(marked(t, "expected", "DM"));
    let t = "Egypt insisted that the seized trawlers be returned before talks, Libya said.";
    assert!(marked(t, "insisted that", "DM"));
    none("In Paris, the coach insisted that the team be rested before the final.");
}

#[test]
fn grievances_of_breaches_diplomats_hauled_in_and_protests() {
    let t = "The Philippines called the incursion a breach of China's obligations under the 2002 code.";
    assert!(marked(t, "breach of China's obligations", "GR"));
    let t = "Warsaw hauled in Belarus's chargé d'affaires over the balloons.";
    assert!(marked(t, "hauled in", "GR"));
    let t = "Nepal called in India's ambassador on Monday.";
    assert!(marked(t, "called in", "GR"));
    let t = "Lebanon protested to Israel over the overflights.";
    assert!(marked(t, "protested to", "GR"));
    none("A data breach at a German insurer exposed two million records.");
}

#[test]
fn refusals_of_steps_talks_and_bargains() {
    let t = "“This decision will not be reversed,” the Georgian minister said of the law.";
    assert!(marked(t, "will not be reversed", "RF"));
    let t = "“There is nothing to negotiate,” the Azerbaijani envoy said of the corridor.";
    assert!(marked(t, "nothing to negotiate", "RF"));
    let t = "Niger's junta has no intention of sitting down with ECOWAS, its spokesman said.";
    assert!(marked(t, "no intention of sitting", "RF"));
    let t = "Colombia rejected the election results in Venezuela.";
    assert!(marked(t, "rejected", "RF"));
    none("Tokyo Steel rejected an unsolicited takeover proposal from a rival, and its shares rose.");
}

#[test]
fn openness_to_steps_working_groups_and_restraint() {
    let t = "Tokyo remains open to a summit with Pyongyang without preconditions.";
    assert!(marked(t, "remains open to", "DE"));
    let t = "Laos said it stood ready to host the technical meeting with Thailand.";
    assert!(marked(t, "stood ready to host", "DE"));
    let t = "Ecuador proposed a joint border commission with Peru.";
    assert!(marked(t, "proposed a joint border commission", "DE"));
    let t = "The UN envoy pleaded for maximum restraint from Armenia and Azerbaijan.";
    assert!(marked(t, "pleaded for maximum restraint", "DE"));
    none("The Berlin museum remains open to the public during the works.");
}

#[test]
fn resolve_of_a_state_that_stands_or_holds_on() {
    let t = "“We will defend our airspace,” Finland's defence minister said of Russia.";
    assert!(marked(t, "will defend our airspace", "RS"));
    let t = "The army in Mali vowed to fight to the last man against the insurgents.";
    assert!(marked(t, "to the last man", "RS"));
    let t = "“Let no one mistake our patience for weakness,” the Iranian president said.";
    assert!(marked(t, "mistake our patience for weakness", "RS"));
    none("“We are determined to win on Sunday,” the coach in Paris said.");
}

#[test]
fn force_in_place_and_lines_not_to_be_crossed() {
    let t = "Two Chinese destroyers were positioned off Taiwan's east coast, Taipei said.";
    assert!(marked(t, "positioned", "CP"));
    let t = "Lithuania scrambled two fighter jets after a Russian plane entered its airspace.";
    assert!(marked(t, "scrambled two fighter jets", "CP"));
    let t = "Armenia said the corridor was a line that no neighbour may cross.";
    assert!(marked(t, "line that", "RL"));
    let t = "“Not one square inch of our land will be given away,” the president said of Venezuela's claim.";
    assert!(marked(t, "Not one square inch", "RL"));
    none("In London, the runners saw the finish line that marathon fans cross each year.");
}

#[test]
fn time_given_to_comply_and_deadlines_of_another_kind() {
    let t = "ECOWAS gave the junta in Niger fifteen days to restore the president.";
    assert!(marked(t, "gave the junta in Niger fifteen days", "UL"));
    let t = "Serbia said Kosovo had until 30 June to withdraw its police from the north.";
    assert!(marked(t, "had until 30 June to withdraw", "UL"));
    none("Contractors in London have until 3 March to bid for the repair work.");
    none("The London club rejected a second bid from a French side, with the transfer deadline two days away.");
}
