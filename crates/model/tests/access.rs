//! The rights of each role over items of the OSCE site, and the workflow's moves.

use std::path::Path;

use communique_model as model;
use model::ItemStatus::*;
use model::access::{Assignment, Refusal, Rights, Role, Transition};
use model::{SiteDefinition, SiteSources, Slug};

fn site() -> SiteDefinition {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let mut files = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("site folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let name = p
                    .strip_prefix(&dir)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((name, std::fs::read_to_string(&p).expect("readable")));
            }
        }
    }
    SiteDefinition::load(&SiteSources {
        root: "site/osce".into(),
        files,
    })
    .expect("valid site")
}

fn slugs(list: &[&str]) -> Vec<Slug> {
    list.iter().map(|s| Slug::parse(s).expect("slug")).collect()
}

fn officer(structures: &[(&str, bool)]) -> Rights {
    Rights {
        role: Role::PressOfficer,
        structures: structures
            .iter()
            .map(|(s, p)| Assignment {
                structure: Slug::parse(s).expect("slug"),
                may_publish: *p,
            })
            .collect(),
    }
}

#[test]
fn roles_parse_and_print() {
    for r in Role::ALL {
        assert_eq!(Role::parse(r.as_str()), Ok(r));
    }
    assert!(Role::parse("root").is_err());
    for t in Transition::ALL {
        assert_eq!(Transition::parse(t.as_str()), Some(t));
    }
    assert_eq!(Transition::parse("delete"), None);
}

#[test]
fn admins_and_editors_edit_and_publish_everything() {
    let site = site();
    let editor = Rights {
        role: Role::Editor,
        structures: Vec::new(),
    };
    for rights in [Rights::admin(), editor.clone()] {
        let sources = slugs(&["mission-to-serbia"]);
        assert_eq!(rights.may_edit(&site, &sources), Ok(()));
        assert_eq!(rights.may_publish(&site, &sources), Ok(()));
        assert_eq!(
            rights.transition(&site, &sources, InReview, Transition::Publish),
            Ok(Published)
        );
    }
    assert_eq!(Rights::admin().may_administer(), Ok(()));
    assert_eq!(editor.may_administer(), Err(Refusal::AdminOnly));
}

#[test]
fn a_press_officer_writes_for_their_structures_and_their_parts() {
    let site = site();
    let serbia = officer(&[("mission-to-serbia", false)]);
    assert_eq!(
        serbia.may_edit(&site, &slugs(&["mission-to-serbia"])),
        Ok(())
    );
    assert_eq!(
        serbia.may_edit(&site, &slugs(&["odihr", "mission-to-serbia"])),
        Ok(()),
        "one of the sources is theirs"
    );
    assert_eq!(
        serbia.may_edit(&site, &slugs(&["odihr"])),
        Err(Refusal::NotYourItem)
    );
    assert_eq!(serbia.may_edit(&site, &[]), Err(Refusal::NotYourItem));
    // An officer of the Secretariat writes for its departments too.
    let secretariat = officer(&[("secretariat", false)]);
    assert_eq!(
        secretariat.may_edit(&site, &slugs(&["conflict-prevention-centre"])),
        Ok(())
    );
    assert_eq!(
        secretariat.may_administer(),
        Err(Refusal::AdminOnly),
        "never an administrator"
    );
}

#[test]
fn a_press_officer_submits_and_publishes_only_where_granted() {
    let site = site();
    let sources = slugs(&["mission-to-serbia"]);
    let writer = officer(&[("mission-to-serbia", false)]);
    assert_eq!(
        writer.transition(&site, &sources, Draft, Transition::Submit),
        Ok(InReview)
    );
    assert_eq!(
        writer.transition(&site, &sources, InReview, Transition::Withdraw),
        Ok(Draft)
    );
    for t in [Transition::Publish, Transition::Schedule] {
        assert_eq!(
            writer.transition(&site, &sources, InReview, t),
            Err(Refusal::MayNotPublish),
            "{t:?}"
        );
    }
    assert_eq!(
        writer.transition(&site, &sources, Published, Transition::Unpublish),
        Err(Refusal::MayNotPublish)
    );
    let publisher = officer(&[("odihr", false), ("mission-to-serbia", true)]);
    assert_eq!(
        publisher.transition(&site, &sources, InReview, Transition::Publish),
        Ok(Published)
    );
    assert_eq!(
        publisher.transition(&site, &slugs(&["odihr"]), InReview, Transition::Publish),
        Err(Refusal::MayNotPublish),
        "the grant is per structure"
    );
    // Another office's item: no move at all.
    assert_eq!(
        publisher.transition(
            &site,
            &slugs(&["mission-to-skopje"]),
            Draft,
            Transition::Submit
        ),
        Err(Refusal::NotYourItem)
    );
}

#[test]
fn moves_start_only_from_their_states() {
    let site = site();
    let admin = Rights::admin();
    let sources = slugs(&["secretariat"]);
    let expected = [
        (Transition::Submit, vec![Draft, Unpublished], InReview),
        (Transition::Withdraw, vec![InReview, Scheduled], Draft),
        (
            Transition::Schedule,
            vec![Draft, InReview, Unpublished],
            Scheduled,
        ),
        (
            Transition::Publish,
            vec![Draft, InReview, Scheduled, Unpublished],
            Published,
        ),
        (
            Transition::Unpublish,
            vec![Published, Scheduled],
            Unpublished,
        ),
        (Transition::Archive, vec![Published, Unpublished], Archived),
    ];
    for (t, froms, to) in expected {
        for from in model::ItemStatus::ALL {
            let got = admin.transition(&site, &sources, from, t);
            if froms.contains(&from) {
                assert_eq!(got, Ok(to), "{t:?} from {from:?}");
            } else {
                assert!(
                    matches!(got, Err(Refusal::NotFromThisState { .. })),
                    "{t:?} from {from:?}: {got:?}"
                );
            }
        }
    }
    // Nothing leaves the archive but by an administrator's hand elsewhere.
    assert!(
        admin
            .transition(&site, &sources, Archived, Transition::Publish)
            .is_err()
    );
}

fn draft(sources: &[&str]) -> model::NewItem {
    model::NewItem {
        external_id: None,
        item_type: Slug::parse("news").expect("slug"),
        language: model::LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: "T".into(),
        summary: String::new(),
        body_html: "<p>B</p>".into(),
        place: String::new(),
        time_zone: "Europe/Vienna".into(),
        published_at: "2026-01-01T09:00:00Z".parse().expect("instant"),
        status: Draft,
        embargo_until: None,
        sources: slugs(sources),
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

#[test]
fn saving_needs_both_offices_and_publishing_when_visibility_moves() {
    let site = site();
    let writer = officer(&[("mission-to-serbia", false)]);
    let ours = draft(&["mission-to-serbia"]);
    assert_eq!(writer.may_save(&site, None, &ours), Ok(()));
    assert_eq!(
        writer.may_save(&site, Some(&ours), &draft(&["odihr"])),
        Err(Refusal::NotYourItem),
        "giving it away"
    );
    assert_eq!(
        writer.may_save(&site, Some(&draft(&["odihr"])), &ours),
        Err(Refusal::NotYourItem),
        "taking it over"
    );
    let mut public = ours.clone();
    public.status = Published;
    assert_eq!(
        writer.may_save(&site, Some(&ours), &public),
        Err(Refusal::MayNotPublish)
    );
    assert_eq!(
        writer.may_save(&site, Some(&public), &public),
        Err(Refusal::MayNotPublish),
        "an edit of what the public reads is publishing"
    );
    let publisher = officer(&[("mission-to-serbia", true)]);
    assert_eq!(
        publisher.may_save(&site, Some(&public), &public),
        Ok(()),
        "an edit that keeps it public, by someone who may publish"
    );
}

#[test]
fn another_offices_item_tells_nothing_of_its_state_and_a_schedule_is_withdrawn_by_publishers() {
    let site = site();
    let serbia = officer(&[("mission-to-serbia", false)]);
    let theirs = slugs(&["mission-to-moldova"]);
    for (from, t) in [
        (Draft, Transition::Archive),
        (Scheduled, Transition::Archive),
        (Published, Transition::Submit),
    ] {
        assert_eq!(
            serbia.transition(&site, &theirs, from, t),
            Err(Refusal::NotYourItem),
            "{from:?} {t:?}"
        );
    }
    let ours = slugs(&["mission-to-serbia"]);
    assert_eq!(
        serbia.transition(&site, &ours, Scheduled, Transition::Withdraw),
        Err(Refusal::MayNotPublish)
    );
    assert_eq!(
        serbia.transition(&site, &ours, InReview, Transition::Withdraw),
        Ok(Draft)
    );
    let publisher = officer(&[("mission-to-serbia", true)]);
    assert_eq!(
        publisher.transition(&site, &ours, Scheduled, Transition::Withdraw),
        Ok(Draft)
    );
}

#[test]
fn publishing_and_scheduling_set_the_instant() {
    use model::access::{NeedsFutureInstant, moved};
    let now: jiff::Timestamp = "2026-03-01T12:00:00Z".parse().expect("instant");
    let mut item = draft(&["secretariat"]);
    item.published_at = "2026-05-01T00:00:00Z".parse().expect("instant");
    item.embargo_until = Some("2026-06-01T00:00:00Z".parse().expect("instant"));
    let p = moved(&item, Transition::Publish, Published, now, None).expect("moved");
    assert_eq!(
        (p.status, p.published_at, p.embargo_until),
        (Published, now, None)
    );
    let mut past = item.clone();
    past.published_at = "2008-04-08T08:00:00Z".parse().expect("instant");
    assert_eq!(
        moved(&past, Transition::Publish, Published, now, None)
            .expect("moved")
            .published_at,
        past.published_at,
        "a date in the past is kept"
    );
    let at: jiff::Timestamp = "2026-03-02T09:00:00Z".parse().expect("instant");
    let s = moved(&item, Transition::Schedule, Scheduled, now, Some(at)).expect("moved");
    assert_eq!((s.status, s.published_at), (Scheduled, at));
    assert_eq!(
        moved(&item, Transition::Schedule, Scheduled, now, Some(now)),
        Err(NeedsFutureInstant)
    );
    assert_eq!(
        moved(&item, Transition::Schedule, Scheduled, now, None),
        Err(NeedsFutureInstant)
    );
    let w = moved(&item, Transition::Submit, InReview, now, None).expect("moved");
    assert_eq!((w.status, w.published_at), (InReview, item.published_at));
}

#[test]
fn a_press_officer_cannot_write_or_publish_in_another_offices_name() {
    let site = site();
    let serbia = officer(&[("mission-to-serbia", true)]);
    let moldova = || Refusal::NotYourSource("mission-to-moldova".into());
    let joint = draft(&["mission-to-moldova", "mission-to-serbia"]);
    assert_eq!(
        serbia.may_save(&site, None, &joint),
        Err(moldova()),
        "a new item naming another office"
    );
    let mut joint_public = joint.clone();
    joint_public.status = Published;
    assert_eq!(serbia.may_save(&site, None, &joint_public), Err(moldova()));
    let ours = draft(&["mission-to-serbia"]);
    assert_eq!(
        serbia.may_save(&site, Some(&ours), &joint),
        Err(moldova()),
        "another office added to one's own item"
    );
    // A joint item an editor made: kept sources may stay, but publishing needs the right
    // for each office.
    assert_eq!(serbia.may_save(&site, Some(&joint), &joint), Ok(()));
    assert_eq!(
        serbia.may_save(&site, Some(&joint), &ours),
        Ok(()),
        "removing the other office"
    );
    assert_eq!(
        serbia.transition(&site, &joint.sources, InReview, Transition::Publish),
        Err(Refusal::MayNotPublish)
    );
    assert_eq!(
        serbia.may_save(&site, Some(&joint), &joint_public),
        Err(Refusal::MayNotPublish)
    );
    let both = officer(&[("mission-to-serbia", true), ("mission-to-moldova", true)]);
    assert_eq!(both.may_save(&site, None, &joint_public), Ok(()));
    let half = officer(&[("mission-to-serbia", true), ("mission-to-moldova", false)]);
    assert_eq!(half.may_save(&site, None, &joint), Ok(()));
    assert_eq!(
        half.may_save(&site, None, &joint_public),
        Err(Refusal::MayNotPublish)
    );
    // A unit of one's own structure counts as one's own.
    let secretariat = officer(&[("secretariat", true)]);
    let unit = draft(&["secretariat", "conflict-prevention-centre"]);
    assert_eq!(secretariat.may_save(&site, None, &unit), Ok(()));
    assert!(secretariat.writes_for(&site, &slugs(&["conflict-prevention-centre"])[0]));
    assert!(!secretariat.writes_for(&site, &slugs(&["mission-to-serbia"])[0]));
    assert!(Rights::admin().writes_for(&site, &slugs(&["mission-to-serbia"])[0]));
}
