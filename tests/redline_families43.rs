//! Red lines of the forty-third round on invented sentences: a dispute to be taken before a
//! forum (international bodies, European institutions, a named organisation); an intention of
//! cutting or delaying denied, an apology not to be offered, nationals not extradited, people
//! not to be handed over, nothing to be called off; the full weight of the law promised,
//! reciprocity announced; resolve to go all the way, to see a case through, to continue without
//! pause; sanctions to snap back, business to go elsewhere, other arrangements weighed, a plan
//! shelved, visas cut, cooperation suspended; not being drawn into a provocation, standing
//! firmly behind a partner; lies, blood on hands, a mockery, a finger pointed, a blind eye
//! turned, a sharply worded protest; an insistence that another sign; an invitation to visit,
//! a joint step proposed, consultations welcomed, a pledge to settle, an actor available to
//! help; an inspection welcomed, no interest in a wider conflict, a dispute an actor is
//! prepared to take to a court; then, read from the session's first held-out batches once
//! measured: a last notice, a warning to think twice, consequences or lasting damage foretold,
//! the right of self-defence invoked; a signature or a commitment refused, a decision upheld;
//! core interests touched; a truce signed, a call between counterparts, a proposal tabled, a
//! roadmap or a joint step agreed; a word broken, feet dragged; a fleet at sea, forces flown
//! in, ships committed, gendarmes sent; an agreement that has to be binding, a detainee who
//! must be allowed home, a return asked for, another expected to share; resolve to keep flying.
//! Most families have a sentence they must leave alone. Every sentence here is made up for the
//! test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{each_marked, none_of};

#[test]
fn disputes_taken_before_forums() {
    each_marked(
        "TH",
        &[
            ("Zagreb said it would take the case to European institutions.", "would take the case"),
            ("The ministry said Algeria would take the matter before international bodies.", "take the matter before"),
            ("The minister said Podgorica would take the matter to UNESCO.", "take the matter to UNESCO"),
            (
                "Officials said Quito was prepared to take the dispute to the International Court of Justice.",
                "prepared to take the dispute to",
            ),
        ],
    );
    // a lawsuit at home is no threat between states
    none_of("The union said it would take the case to the labour court.", "take the case to", "TH");
}

#[test]
fn steps_refused_and_people_kept() {
    each_marked(
        "RF",
        &[
            ("The ministry said Bamako had no intention of cutting back supplies.", "no intention of cutting"),
            ("Officials said Tbilisi would not be offering any apology.", "would not be offering any apology"),
            ("The ministry said Croatia does not extradite its own nationals.", "does not extradite"),
            ("The minister in Lagos said the fishermen would not be handed over.", "would not be handed over"),
            ("The minister said nothing will be called off.", "nothing will be called off"),
        ],
    );
    // no intention of abandoning talks is a commitment, not a refusal
    none_of("A source said Athens had no intention of abandoning the dialogue.", "no intention of abandoning", "RF");
}

#[test]
fn punishment_reciprocity_and_other_steps_to_come() {
    each_marked(
        "TH",
        &[
            ("The ministry in Abuja said the smugglers will face the full weight of the law.", "full weight of"),
            ("Ankara said it would respond on the basis of reciprocity.", "respond on the basis of reciprocity"),
            ("The minister said Tehran will trigger the snapback mechanism.", "trigger the snapback"),
            (
                "“Then we will take our business elsewhere,” the minister said in Jakarta.",
                "take our business elsewhere",
            ),
            ("“We will have to consider other arrangements,” the envoy said.", "consider other arrangements"),
            ("Officials said Jakarta could shelve a planned joint patrol.", "could shelve"),
            ("Paris said it will reduce the number of visas for Malian officials.", "reduce the number of visas"),
            ("The ministry said Chile was suspending cooperation on the border survey.", "suspending cooperation on"),
        ],
    );
    // a plan shelved by a city is not a threat to a state
    none_of("The mayor said the council might shelve a planned cycle lane.", "shelve", "TH");
}

#[test]
fn resolve_to_go_on() {
    each_marked(
        "RS",
        &[
            ("The minister said Lima was prepared to go all the way.", "prepared to go all the way"),
            ("The ministry in Libreville vowed to see the case through to the end.", "see the case through"),
            ("Officials said the drills would continue without pause.", "continue without pause"),
            ("The minister said Oslo would not be drawn into a provocation.", "drawn into"),
            ("The minister said Riga stands firmly behind Vilnius.", "stands firmly behind"),
        ],
    );
    none_of("The striker said he was prepared to go all the way to the final.", "all the way", "RS");
}

#[test]
fn charges_of_lies_blood_and_mockery() {
    each_marked(
        "GR",
        &[
            ("Officials in Rabat said the report was a tissue of lies.", "tissue of lies"),
            ("“This commander has blood on his hands,” the minister said in Lagos.", "blood on his hands"),
            ("The minister said Moscow had made a mockery of the treaty.", "made a mockery of"),
            ("Officials in Baku pointed the finger at Yerevan.", "pointed the finger at"),
            ("The minister said Sarajevo was turning a blind eye to smuggling.", "turning a blind eye to"),
            ("Tirana sent a sharply worded protest note to Belgrade.", "sharply worded protest note"),
        ],
    );
    none_of("The coach said the referee was turning a blind eye to fouls.", "turning a blind eye", "GR");
}

#[test]
fn an_actor_insisting_that_another_sign() {
    each_marked("DM", &[("The envoy insisted that Tbilisi sign the protocol first.", "insisted that")]);
}

#[test]
fn invitations_proposals_welcomes_and_pledges() {
    each_marked(
        "DE",
        &[
            ("Bolivia invited Chilean engineers to visit the intake.", "invited"),
            ("Armenia invited Russian specialists to come to Yerevan.", "invited"),
            ("Uzbekistan proposed a joint measurement of the river's flow.", "proposed"),
            ("The minister said Lima welcomed consultations with La Paz.", "welcomed"),
            ("The leaders of Chad and Niger pledged to settle any disagreement through talks.", "pledged to settle"),
            ("The ministry said Tbilisi remained available to help calm the situation.", "remained available to help"),
            ("The minister said Rabat would welcome a joint inspection.", "would welcome a joint inspection"),
            ("The envoy said Oslo had no interest in a wider quarrel with Moscow.", "no interest in"),
        ],
    );
    // an invitation to the public, a pledge to meet force with force, a politician's welcome of
    // a rival's election: no easing between states
    none_of("The ministry invited the public to visit the restored fort.", "invited", "DE");
    none_of("Pyongyang vowed to meet the drills with overwhelming force.", "vowed to meet", "DE");
    none_of("The candidate had welcomed Khan's election last year.", "welcomed", "DE");
}

// Read from the session's first held-out batches once measured (round 43b).

#[test]
fn last_notices_and_warnings() {
    each_marked(
        "UL",
        &[("“This is the last notice,” the ministry in Pristina wrote to Belgrade.", "This is the last notice")],
    );
    each_marked(
        "TH",
        &[
            ("The minister said Pristina should think twice.", "should think twice"),
            ("Delhi told Colombo the visit would not be without consequences.", "would not be without consequences"),
            ("Beijing said the move would do lasting damage to relations with Manila.", "lasting damage to"),
            ("Addis Ababa said it retained its right under Article 51 of the Charter.", "right under Article 51"),
        ],
    );
    none_of("The coach in Cairo said the defenders should think twice.", "think twice", "TH");
}

#[test]
fn signatures_commitments_and_decisions_refused() {
    each_marked(
        "RF",
        &[
            ("Kigali said it would not put its name to any final text.", "would not put its name to"),
            ("The minister said Vilnius would not commit to sharing the data.", "would not commit to"),
            (
                "“The decision stands,” the ministry in Manila said of the ban on Chinese vessels.",
                "The decision stands",
            ),
        ],
    );
    none_of(
        "Tegucigalpa said flights could be reviewed if the decision stands, the envoy said.",
        "the decision stands",
        "RF",
    );
}

#[test]
fn core_interests_touched() {
    each_marked("RL", &[("Beijing said the visit to Tawang would touch on China's core interests.", "touch on")]);
}

#[test]
fn truces_calls_proposals_and_agreements() {
    each_marked(
        "DE",
        &[
            ("Kinshasa and the rebels in Goma signed a truce on Monday.", "signed a truce"),
            ("The Tunisian minister spoke by phone with his Libyan counterpart.", "spoke by phone with"),
            ("Egypt tabled a proposal for a joint committee on the Nile.", "tabled a proposal"),
            ("Estonia and Russia agreed on Wednesday on a roadmap for the lake.", "agreed on Wednesday on a roadmap"),
            ("Manila and Hanoi agreed to hold a joint search exercise.", "agreed to hold a joint"),
            ("Kathmandu agreed to let the Red Cross visit the detained men.", "agreed to let the"),
        ],
    );
}

#[test]
fn promises_broken_and_feet_dragged() {
    each_marked(
        "GR",
        &[
            ("The minister in Manila said Beijing had broken its word.", "broken its word"),
            ("Pristina said Belgrade once again dragged its feet on the plates.", "dragged its feet"),
        ],
    );
}

#[test]
fn fleets_at_sea_and_forces_sent() {
    each_marked(
        "CP",
        &[
            ("The Russian Baltic Fleet put to sea with more than 30 warships.", "put to sea with"),
            ("The ministry said Madrid flew in 500 reserve troops to Ceuta.", "flew in"),
            ("Colombo committed four ships to the search off Jaffna.", "committed four ships"),
            ("Belgrade sent 600 gendarmerie officers to the boundary with Kosovo.", "sent 600 gendarmerie officers"),
        ],
    );
    none_of("The club in Madrid sent 20 officers to the match.", "sent 20 officers", "CP");
}

#[test]
fn obligations_releases_and_expectations() {
    each_marked(
        "DM",
        &[
            ("The ministry in Cairo said the agreement has to be legally binding.", "has to be legally binding"),
            ("“He must be allowed to come home,” the minister in Lisbon said.", "must be allowed to come home"),
            ("Kathmandu asked for the fishermen to be returned without delay.", "asked for"),
            ("The ministry said Cameroon expected Abuja to share the flight records.", "expected"),
        ],
    );
    // a forecast of what another will do is no demand
    none_of("The message Clinton's forces in Ohio expect the president to keep pushing is an old one.", "expect", "DM");
}

#[test]
fn resolve_to_keep_going() {
    each_marked(
        "RS",
        &[("“Our pilots will keep flying these routes,” the minister in Vilnius said.", "will keep flying")],
    );
}
