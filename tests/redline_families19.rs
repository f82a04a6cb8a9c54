//! Red lines of the nineteenth round on invented sentences: forces sent and strikes carried
//! out, checks on all traffic, a presence kept up; disputes taken to international bodies and
//! responses foretold; time given to comply; refusals to trade, rewrite or relax under
//! pressure; contested acts kept up and positions held; openness to mediation and talks, a
//! joint body convened, both sides encouraged to settle; acts named coercion; orders to leave
//! and requests for an explanation or a release. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn forces_sent_strikes_and_checks() {
    let t = "Estonia dispatched two patrol vessels to the mouth of the Narva river on Sunday.";
    assert!(marked(t, "dispatched two patrol vessels", "CP"));
    let t = "Turkish jets carried out fresh air strikes near Duhok, the Iraqi foreign ministry said.";
    assert!(marked(t, "carried out fresh air strikes", "CP"));
    let t = "Uzbekistan said it has begun inspecting every Tajik lorry at the Oybek crossing.";
    assert!(marked(t, "has begun inspecting every", "CP"));
    let t = "Guyana said it would maintain its military presence on the Essequibo islands.";
    assert!(marked(t, "would maintain its military presence", "CP"));
    // a firm that sends a team is no force sent
    none("The Lisbon bakery sent two delivery vans to the fair in Madrid on Sunday.");
}

#[test]
fn disputes_taken_to_international_bodies_and_responses_foretold() {
    let t = "Georgia said it would turn to the International Court of Justice over the fences.";
    assert!(marked(t, "would turn to the International Court", "TH"));
    let t = "Lithuania said it would ask the European Commission to open proceedings against Minsk.";
    assert!(marked(t, "would ask the European Commission to open", "TH"));
    let t = "“There will be a price for this,” the Armenian foreign minister said in Yerevan.";
    assert!(marked(t, "There will be a price", "TH"));
    let t = "Tehran said it would respond at a time of its own choosing to the strike on its convoy.";
    assert!(marked(t, "respond at a time of its own choosing", "TH"));
    let t = "“The response will be swift,” the Pakistani army spokesman said of the raid near Kashmir.";
    assert!(marked(t, "The response will be swift", "TH"));
    let t = "Argentina said its coast guard would seek to board any trawler fishing near the Falklands.";
    assert!(marked(t, "would seek to board", "TH"));
    // a domestic court is no international body
    none("The mayor said he would go to the Supreme Court over the parking rules.");
}

#[test]
fn time_given_to_comply_needs_a_demand_or_threat() {
    let t =
        "Nicaragua demanded that Costa Rica withdraw its guards. Managua said San José had ten days to pull them back.";
    assert!(marked(t, "had ten days to", "UL"));
    // a filing period is no ultimatum
    none("Under the rules, candidates in Honduras have five days to file their papers.");
}

#[test]
fn refusals_to_yield_under_pressure() {
    let t = "“Nobody will dictate to Lebanon how it draws its maritime border,” the president said.";
    assert!(marked(t, "Nobody will dictate", "RF"));
    let t = "“We will not trade our islands for a loan,” the Maldives foreign minister said.";
    assert!(marked(t, "will not trade", "RF"));
    let t = "Hanoi said the fishing ban would not be lifted under pressure from Beijing.";
    assert!(marked(t, "would not be lifted under pressure", "RF"));
    let t = "Chad said the border was not a matter on which N'Djamena would negotiate with Sudan.";
    assert!(marked(t, "not a matter on which N'Djamena would negotiate", "RF"));
}

#[test]
fn contested_acts_kept_up_and_positions_held() {
    let t = "Greece said its navy will continue to patrol the waters south of Kastellorizo.";
    assert!(marked(t, "will continue to patrol", "RS"));
    let t = "Manila said its coast guard would resume its patrols near the Scarborough Shoal.";
    assert!(marked(t, "would resume its patrols", "RS"));
    let t = "Morocco stands by its position on the Western Sahara, the foreign ministry in Rabat said.";
    assert!(marked(t, "stands by its position", "RS"));
    let t = "“Serbia is not going to be intimidated by anyone,” the defence minister said in Belgrade.";
    assert!(marked(t, "not going to be intimidated", "RS"));
    let t = "“Our border guards will hold the line,” the Polish interior minister said near Belarus.";
    assert!(marked(t, "will hold the line", "RS"));
    let t = "“Our sailors will continue to guard the islands,” the Yemeni defence ministry said in Aden.";
    assert!(marked(t, "will continue to guard", "RS"));
    let t = "The opposition in Lima said the government must stand its ground against Bolivia.";
    assert!(marked(t, "must stand its ground", "RS"));
}

#[test]
fn openness_to_mediation_and_talks() {
    let t = "Ethiopia said it would welcome mediation by the African Union on the dam.";
    assert!(marked(t, "would welcome mediation", "DE"));
    let t = "Sudan said it was ready to revive the talks with Egypt and Ethiopia on the Nile.";
    assert!(marked(t, "ready to revive the talks", "DE"));
    let t = "Kenya said it would send observers to the disputed border with Somalia.";
    assert!(marked(t, "would send observers", "DE"));
    let t = "Bolivia said it remained open to dialogue with Chile on access to the sea.";
    assert!(marked(t, "remained open to dialogue", "DE"));
    let t = "Jakarta fully respects the sovereignty of East Timor, the Indonesian ministry said.";
    assert!(marked(t, "fully respects the sovereignty of", "DE"));
    let t = "Brussels encouraged both countries to settle the row over the Piran bay through talks.";
    assert!(marked(t, "encouraged both countries to settle", "DE"));
    let t = "Chile and Peru agreed to convene the joint border commission in Arica next month.";
    assert!(marked(t, "convene the joint border commission", "DE"));
    let t = "The African Union said it stood ready to facilitate talks between Sudan and South Sudan.";
    assert!(marked(t, "stood ready to facilitate", "DE"));
}

#[test]
fn acts_named_coercion_and_remarks_called_provocative() {
    let t = "“What Azerbaijan is doing on the road is blackmail,” the Armenian premier said.";
    assert!(marked(t, "is blackmail", "GR"));
    let t = "Ankara said the remarks from Athens were “provocative and unhelpful” on Cyprus.";
    assert!(marked(t, "were “provocative and unhelpful", "GR"));
    let t = "Riga accused Moscow of undermining the sovereignty of Latvia with its broadcasts.";
    assert!(marked(t, "undermining the sovereignty of", "GR"));
    // a play called provocative is no grievance
    none("Critics in Paris said the new play was offensive to some but brilliant.");
}

#[test]
fn orders_to_leave_and_requests_for_an_explanation_or_a_release() {
    let t = "Vietnam ordered a Chinese survey ship to leave its waters near the Vanguard Bank.";
    // an order to leave is an ultimatum, as the writers of the invented batches read it
    assert!(marked(t, "ordered a Chinese survey ship to leave", "UL"));
    let t = "Lithuania asked Minsk for a formal explanation of the balloon flights over Vilnius.";
    assert!(marked(t, "for a formal explanation", "DM"));
    let t = "New Delhi sought the early release of the fishermen held in Sri Lanka.";
    assert!(marked(t, "sought the early release of", "DM"));
}
