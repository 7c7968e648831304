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
