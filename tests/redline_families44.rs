//! Red lines of the forty-fourth round on invented sentences, read from held-out batches once
//! measured: a blame that names a cause (rain, an outage, prices) is no grievance, one that names
//! an actor still is, and an attack blamed on rebels is one; a red line with a map, a metro or a
//! gauge a few words on is a line drawn, not one with a map in the next clause; a step not ruled
//! out (extending a ban, restrictions, going back to a court) is a threat; a matter "not something
//! we will compromise on" or "not a question on which" a state "can make concessions" is a red
//! line; no partial deal and no payment are refusals; a joint review offered is de-escalation; a
//! state's sovereignty or unity not on the table is a red line (an act not on the table is not);
//! nobody to be released or handed over is a refusal; a line shown as a red line, or a red line
//! used to trace, is drawn; a time to act is an ultimatum when a state has it, not when member
//! states, companies or prosecutors have until a date to file. Then, read from real news (twenty of
//! the PolNeAR articles readers marked): a nuclear test conducted and missiles fired, Security
//! Council resolutions violated, a threat to international peace named, new sanctions to be sought,
//! consequences vowed, pressure stepped up on another to act, an offer declined, a state that does
//! not, and never will, accept. Then, read from forty more real articles (campaign news as much as
//! foreign news): criticism told in a participle (blasting, slamming a rival), a veto threatened or
//! promised, an actor who is calling for another to act, things that aren't negotiable. Every
//! sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{each_marked, none_of};

#[test]
fn blame_names_an_actor_not_a_cause() {
    each_marked(
        "GR",
        &[
            ("In Lima, the foreign ministry blamed Ecuador for the delays.", "blamed"),
            ("In Lima, officials said the attacks were blamed on rebels sheltering across the border.", "blamed on"),
        ],
    );
    none_of("In Quito, the ministry blamed heavy rains for the delays at the crossing.", "blamed", "GR");
    none_of("In Quito, the company blamed a maintenance outage at the plant.", "blamed", "GR");
    none_of("In Lima, officials blame fuel prices, which are higher across the border.", "blame", "GR");
}

#[test]
fn a_red_line_on_a_map_is_drawn() {
    none_of("In Quito, a red line on the survey map divides the two valleys.", "red line", "RL");
    none_of("In Quito, a strike shut the red line on the metro map for a day.", "red line", "RL");
    // a map, a metro or a gauge a few words on (`!...`)
    none_of("In Lima, levels stayed below the red line on the ministry's flood maps.", "red line", "RL");
    none_of("In Quito, a signal failure shut the red line of the Athens metro.", "red line", "RL");
    none_of("In Lima, a red line on Kenya Power's network map shows the planned extension.", "red line", "RL");
    none_of("In Quito, protesters gathered where the red line meets the green line.", "red line", "RL");
    // a map in the next clause leaves the red line a red line
    each_marked(
        "RL",
        &[("Annexation is a red line for Quito, the minister said, and no new map will change that.", "red line")],
    );
}

#[test]
fn steps_not_ruled_out() {
    each_marked(
        "TH",
        &[
            ("The ministry in Quito did not rule out extending the ban to other ports.", "did not rule out extending"),
            (
                "Officials in Lima did not exclude restrictions on imports from the north.",
                "did not exclude restrictions",
            ),
            ("The minister in Quito did not rule out going back to the tribunal.", "did not rule out going back to"),
        ],
    );
}

#[test]
fn matters_not_to_be_bargained() {
    each_marked(
        "RL",
        &[
            (
                "\"Our water is not something we will compromise on,\" the minister said in Lima.",
                "not something we will compromise on",
            ),
            ("\"The border is not something Ruritania will ever bargain over,\" he said in Quito.", "not something"),
            ("\"This is not a question on which Quito can make concessions,\" he said.", "not a question on which"),
            (
                "\"It is not something we are going to bargain away,\" the envoy said in Lima.",
                "not something we are going to bargain away",
            ),
        ],
    );
}

#[test]
fn deals_and_payments_refused() {
    each_marked(
        "RF",
        &[
            ("\"There will be no partial deal,\" the envoy said in Quito.", "There will be no partial deal"),
            ("In Quito, the minister said there will be no payment.", "there will be no payment"),
        ],
    );
}

#[test]
fn a_joint_review_offered() {
    each_marked("DE", &[("Lima offered a joint review of the radar records.", "offered a joint review")]);
}

#[test]
fn sovereignty_not_on_the_table() {
    each_marked(
        "RL",
        &[
            (
                "\"Our sovereignty over the islands is not on the table,\" the minister said in Quito.",
                "is not on the table",
            ),
            ("\"The unity of the country is not on the table,\" the envoy said in Lima.", "is not on the table"),
        ],
    );
    // an act not on the table is no red line
    none_of(
        "\"Reopening the crossing is simply not on the table,\" the minister said in Quito.",
        "not on the table",
        "RL",
    );
}

#[test]
fn nobody_handed_over() {
    each_marked(
        "RF",
        &[
            ("\"No one will be released,\" the minister said in Lima.", "No one will be released"),
            ("\"Nobody will be handed over to Quito,\" the minister said in Lima.", "Nobody will be handed over"),
        ],
    );
}

#[test]
fn a_red_line_drawn_or_used_to_trace() {
    none_of("In Lima, the old frontier is shown as a red line along the river.", "red line", "RL");
    none_of("In Quito, the survey uses a red line to trace the old shore.", "red line", "RL");
}

#[test]
fn time_to_act_given_to_a_state_not_to_a_filer() {
    each_marked(
        "UL",
        &[(
            "In Lima, the minister said Quito has until Friday to withdraw its troops from the ridge.",
            "has until Friday",
        )],
    );
    none_of(
        "In Quito, member states have until June 30 to report frozen assets to the Commission.",
        "have until",
        "UL",
    );
    none_of("In Lima, prosecutors have until June 30 to lodge the charges against the crew.", "have until", "UL");
}

#[test]
fn acts_of_real_foreign_news() {
    each_marked(
        "CP",
        &[
            (
                "In Seoul, officials said Pyongyang conducted its fifth nuclear test on Friday.",
                "conducted its fifth nuclear test",
            ),
            ("In Seoul, the military said the North fired three missiles into the sea.", "fired three missiles"),
        ],
    );
    each_marked(
        "GR",
        &[
            ("In Seoul, the ministry said the North was violating U.N. Security Council resolutions.", "violating"),
            (
                "In Seoul, the council called the test a clear threat to international peace and security.",
                "a clear threat to international peace",
            ),
        ],
    );
    each_marked(
        "TH",
        &[
            ("In Seoul, officials said Washington will seek new U.N. sanctions.", "will seek new U.N. sanctions"),
            ("In Seoul, world leaders vow consequences.", "vow consequences"),
        ],
    );
    each_marked(
        "DM",
        &[(
            "In Seoul, Washington stepped up pressure on Beijing on Saturday to rein in the North.",
            "stepped up pressure on",
        )],
    );
    each_marked("RF", &[("In Seoul, Tokyo declined a Chinese offer of mediation.", "declined a Chinese offer")]);
    each_marked(
        "RL",
        &[(
            "Washington does not, and never will, accept North Korea as a nuclear state, the envoy said in Seoul.",
            "does not, and never will, accept",
        )],
    );
    // an offer to comment declined is no refusal of a state
    none_of("In Seoul, the ministry declined an offer to comment on the report.", "declined an offer", "RF");
}

#[test]
fn acts_of_real_political_news() {
    each_marked(
        "GR",
        &[(
            "In Ankara, the minister opened the session blasting the European Union's approach to migrants.",
            "blasting",
        )],
    );
    // doors slammed are no criticism
    none_of("In Ankara, angry fans were slamming the doors of the stadium.", "slamming", "GR");
    each_marked("TH", &[("In Ankara, diplomats said Moscow has promised a veto.", "promised a veto")]);
    each_marked(
        "DM",
        &[("The minister in Ankara is calling for the United States to step up military efforts.", "is calling for")],
    );
    each_marked("RL", &[("\"Some things aren't negotiable,\" the minister said in Ankara.", "aren't negotiable")]);
}

#[test]
fn acts_of_real_diplomatic_news() {
    each_marked(
        "DE",
        &[
            (
                "In Riyadh, Iran and Saudi Arabia agreed on Friday to reestablish diplomatic relations.",
                "agreed on Friday to reestablish",
            ),
            ("In Riyadh, the government announced its readiness to negotiate.", "readiness to negotiate"),
        ],
    );
    // relations restored years ago are background, not an agreement
    none_of("In Riyadh, the two governments restored relations in 2016.", "restored relations", "DE");
    each_marked(
        "GR",
        &[
            ("In Riyadh, the ministry handed the envoy a letter of protest.", "a letter of protest"),
            ("In Riyadh, the deputy minister communicated Iran's severe protest.", "communicated"),
        ],
    );
    each_marked(
        "TH",
        &[
            (
                "In Riyadh, the ministry said it was taking appropriate measures to deal with the drills.",
                "was taking appropriate measures",
            ),
            ("In Riyadh, the ministry said it will deal with any interference decisively.", "will deal with any"),
        ],
    );
}
