//! Red lines of the forty-first round on invented sentences: limits called inviolable or met
//! with zero tolerance, the ball in another's court in the past tense, an offer that will not
//! stay open forever, an explanation, a return, access or guarantees requested, proof
//! challenged for, a step agreed on a named day, a conciliatory step pledged, consular access
//! granted, an undertaking reaffirmed, talks put first, a complaint to another actor or an
//! official body's complaint, an accusation by an agency, an objection registered, more
//! batteries and boats stationed, a recount or a ransom ruled out, not an inch given up, a last
//! extension, an intruder to be brought down, measures to be looked at, resolve under pressure
//! (not bowing, not backing down), a state of things refused (will not accept that …), an act
//! called by a harsh name or dressed up as another, a breach of law, an encroachment and a
//! grievance raised strongly, an actor warning of its own step, an insistence that another do
//! more, more units moved, and resolve to hold on (never abandon, give up or kneel; nobody will
//! dictate to us); then, read from the session's first held-out batches once measured: an
//! actor asking that another act, offenders to be arrested and charged, fighters scrambled,
//! a limit that never will be moved, an openness to engagement and a chance to talk welcomed.
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{each_marked, none_of};

#[test]
fn limits_called_inviolable_or_met_with_zero_tolerance() {
    each_marked(
        "RL",
        &[
            ("“Estonian airspace is inviolable,” the minister in Tallinn said.", "is inviolable"),
            ("“There will be zero tolerance for such flights,” the Latvian minister said.", "zero tolerance for"),
        ],
    );
}

#[test]
fn the_choice_left_to_another_and_an_offer_with_an_end() {
    each_marked(
        "UL",
        &[
            ("The minister in Vilnius said the ball was now firmly in Minsk's court.", "the ball was now firmly in"),
            (
                "“The offer of talks will not remain on the table indefinitely,” the Polish envoy said.",
                "remain on the table indefinitely",
            ),
            (
                "“The window for diplomacy will not stay open forever,” the minister in Warsaw said.",
                "stay open forever",
            ),
            (
                "“This is the last extension we will give Minsk,” the Lithuanian minister said.",
                "This is the last extension",
            ),
        ],
    );
    // an offer kept open, for good or not, is no deadline
    none_of("“Our offer of talks will stay open,” the minister in Warsaw said.", "stay open", "UL");
    none_of(
        "“Our offer of talks will remain on the table indefinitely,” the minister in Warsaw said.",
        "remain on the table",
        "UL",
    );
}

#[test]
fn an_explanation_a_return_access_or_proof_asked_for() {
    each_marked(
        "DM",
        &[
            (
                "Norway requested an explanation from Moscow after the flights over Svalbard.",
                "requested an explanation",
            ),
            ("Finland sought a full explanation from the Russian embassy in Helsinki.", "sought a full explanation"),
            (
                "Sweden requested the prompt return of the two fishermen held in Kaliningrad.",
                "requested the prompt return",
            ),
            (
                "Denmark's foreign ministry sought consular access to the detained crew in Murmansk.",
                "sought consular access to",
            ),
            ("Oslo challenged Moscow to produce evidence for its claim about the radar station.", "challenged"),
        ],
    );
}

#[test]
fn steps_agreed_pledged_or_granted() {
    each_marked(
        "DE",
        &[
            (
                "Kenya and Somalia agreed on Wednesday to reopen the border crossing at Mandera.",
                "agreed on Wednesday to reopen",
            ),
            (
                "Ethiopia pledged to release the detained Eritrean fishermen, the ministry in Addis Ababa said.",
                "pledged to release",
            ),
            ("Eritrea promised consular access to the Ethiopian crew held in Massawa.", "promised consular access"),
        ],
    );
    // a step agreed on no named day with no talks in it is not this cue's
    none_of("The club agreed to reopen the stadium in Nairobi next season.", "agreed to reopen", "DE");
}

#[test]
fn a_complaint_to_another_actor_or_by_an_official_body() {
    each_marked(
        "GR",
        &[
            ("Algeria has complained to the United Nations about a Moroccan dam on the Guir river.", "complained to"),
            ("Ethiopia's foreign ministry complained that Eritrean patrols had crossed the line.", "complained that"),
            (
                "Kuwait's foreign ministry said it would register its strong objection with Tehran.",
                "register its strong objection",
            ),
        ],
    );
    // farmers and firms complaining are no grievance of a state
    none_of("Farmers near the border with Kenya have long complained that the road floods.", "complained that", "GR");
    none_of("Residents in Mombasa can submit written objections to the harbour plan until May.", "objections", "GR");
}

#[test]
fn batteries_and_boats_stationed() {
    each_marked(
        "CP",
        &[
            (
                "The army in Kigali said it had placed additional air defence batteries along the frontier with Congo.",
                "placed additional air defence batteries",
            ),
            (
                "Sri Lanka's navy had stationed additional fast attack craft off Delft island.",
                "stationed additional fast attack craft",
            ),
        ],
    );
}

#[test]
fn a_recount_or_a_ransom_ruled_out_and_not_an_inch_given() {
    each_marked(
        "RF",
        &[
            ("The President's Office of the Maldives ruled out a recount outside the courts.", "ruled out a recount"),
            ("Nigeria ruled out any ransom for the crew seized in the Gulf of Guinea.", "ruled out any ransom"),
        ],
    );
    each_marked(
        "RS",
        &[("Kinshasa said its troops would not pull back an inch from the hills near Goma.", "not pull back an inch")],
    );
}

#[test]
fn guarantees_asked_for_and_an_undertaking_held_to() {
    each_marked(
        "DM",
        &[("Estonia asked for guarantees from Moscow that the buoys would be returned.", "asked for guarantees")],
    );
    each_marked(
        "DE",
        &[
            (
                "Mali reaffirmed its commitment to the truce with the armed groups in Kidal.",
                "reaffirmed its commitment to the truce",
            ),
            ("Dialogue with Niamey remains our priority, the minister in Bamako said.", "remains our priority"),
        ],
    );
}

#[test]
fn an_intruder_to_be_brought_down_and_measures_to_be_looked_at() {
    each_marked(
        "TH",
        &[
            (
                "Rwanda warned that the next aircraft to cross the border would be brought down.",
                "would be brought down",
            ),
            (
                "Kigali said it was prepared to look at further measures against Kinshasa.",
                "prepared to look at further measures",
            ),
        ],
    );
}

#[test]
fn an_agency_accusing_another_actor() {
    each_marked(
        "GR",
        &[("The official news agency in Algiers accused Rabat of stirring unrest on the border.", "accused")],
    );
}

#[test]
fn resolve_under_pressure_and_a_state_of_things_refused() {
    each_marked(
        "RS",
        &[
            ("“We will not bow to pressure from Belgrade,” the minister in Zagreb said.", "will not bow"),
            ("“We will not back down,” the minister in Zagreb said of the dispute with Serbia.", "will not back down"),
        ],
    );
    // a budget that would not yield the money promised is no resolve
    none_of("Analysts in Zagreb said the cuts would not yield as much money as promised.", "would not yield", "RS");
    each_marked(
        "RL",
        &[(
            "“We will not accept that our fishermen are treated as criminals,” the minister in Zagreb said.",
            "will not accept that",
        )],
    );
    // an offer refused is not a state of things refused
    none_of(
        "“We will not accept that offer from Belgrade,” the minister in Zagreb said.",
        "will not accept that",
        "RL",
    );
}

#[test]
fn harsh_names_breaches_encroachments_and_grievances_raised() {
    each_marked(
        "GR",
        &[
            ("Vietnam called the ban a trade barrier dressed up as plant protection.", "dressed up as"),
            ("Manila described the arrests as an abduction of its fishermen.", "described the arrests as an abduction"),
            ("Hanoi called the new map “a direct attack” on its sovereignty.", "called the new map"),
            ("The ministry in Manila said the post was built in breach of Philippine law.", "in breach of"),
            ("China encroached on the Philippine continental shelf, Manila said.", "encroached on"),
            (
                "Manila said it had raised the matter strongly with the Chinese ambassador.",
                "raised the matter strongly",
            ),
        ],
    );
    // a costume, and a matter raised with no force, are no grievance
    none_of("Children in Manila dressed up as pirates for the festival.", "dressed up as", "GR");
    none_of("Manila said it had raised the matter with the Chinese ambassador.", "raised the matter", "GR");
}

#[test]
fn a_warning_of_ones_own_step_an_insistence_and_more_units_moved() {
    each_marked(
        "TH",
        &[
            (
                "Iran warned that it would resume cross-border strikes if Baghdad failed to act.",
                "warned that it would resume",
            ),
            (
                "The state utility gave Honduras a week, warning that it will stop selling power.",
                "warning that it will stop",
            ),
        ],
    );
    // a warning of what others will do is no threat of the one warning
    none_of("The minister warned that prices would resume their climb in Baghdad.", "warned that", "TH");
    each_marked("DM", &[("Baghdad insisted that Ankara do more against smuggling on the border.", "insisted that")]);
    each_marked(
        "CP",
        &[(
            "Tripoli said the government had moved additional units into the district around the airport.",
            "moved additional units",
        )],
    );
}

#[test]
fn resolve_to_hold_on() {
    each_marked(
        "RS",
        &[
            ("“We will never abandon our fishermen,” the minister in Manila said.", "will never abandon"),
            ("“We are not going to give up on Sudan,” the envoy in Khartoum said.", "not going to give up"),
            ("“Nobody will dictate to us,” the minister in Bamako said of France.", "Nobody will dictate to us"),
        ],
    );
    // a candidate standing by a voter is no resolve of a state
    none_of("“I am not going to give up on him,” the senator said of a voter in Ohio.", "give up", "RS");
}

#[test]
fn asking_that_another_act_offenders_warned_and_fighters_scrambled() {
    each_marked(
        "DM",
        &[
            ("Manila asked that China free the fishermen held at the shoal.", "asked that"),
            ("Harare requested that consular officers be given immediate access.", "requested that"),
        ],
    );
    each_marked(
        "TH",
        &[(
            "“Anyone caught smuggling will be arrested and charged with treason,” the minister in Caracas said.",
            "will be arrested and charged",
        )],
    );
    each_marked(
        "CP",
        &[
            ("Lithuania scrambled a pair of F-16 fighters to shadow the aircraft.", "scrambled a pair of"),
            ("Two Gripen fighters were scrambled from the air base near Riga.", "were scrambled"),
        ],
    );
    // rescue crews on standby for a flood are no force readied
    none_of("Emergency crews were on standby in Riga because of the flood warning.", "on standby", "CP");
}

#[test]
fn a_limit_for_all_time_and_openness_to_engagement() {
    each_marked(
        "RL",
        &[("“Our sovereignty is not on the table and never will be,” the minister in Caracas said.", "never will be")],
    );
    each_marked(
        "DE",
        &[
            ("The bloc remained open to engagement with Asmara, its spokesperson said.", "open to engagement"),
            ("Canberra welcomes the chance to compare radar records with Beijing.", "welcomes the chance to"),
            (
                "Pretoria was willing to hold technical discussions with Harare on the river.",
                "willing to hold technical discussions",
            ),
        ],
    );
}
