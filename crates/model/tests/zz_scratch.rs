use communique_model as model;
fn files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let mut v = vec![];
    for n in [
        "site.toml",
        "fields_of_work.toml",
        "meetings.toml",
        "countries.toml",
        "structures.toml",
        "chairpersonships.toml",
        "pages.toml",
        "menus.toml",
    ] {
        v.push((
            n.to_string(),
            std::fs::read_to_string(dir.join(n)).expect("read"),
        ));
    }
    v
}
#[test]
fn scratch() {
    for extra in [
        "[[structure]]\nslug = \"selfish\"\nkind = \"unit\"\nparent = \"selfish\"\n  [[structure.names]]\n  name = \"S\"\n",
        "[[structure]]\nslug = \"a\"\nkind = \"unit\"\nparent = \"b\"\n  [[structure.names]]\n  name = \"A\"\n[[structure]]\nslug = \"b\"\nkind = \"unit\"\nparent = \"a\"\n  [[structure.names]]\n  name = \"B\"\n[[structure]]\nslug = \"c\"\nkind = \"unit\"\nparent = \"a\"\n  [[structure.names]]\n  name = \"C\"\n",
        "[[structure]]\nslug = \"secretariat\"\nkind = \"unit\"\n  [[structure.names]]\n  name = \"Dup\"\n",
        "[[structure]]\nslug = \"emptyn\"\nkind = \"unit\"\nnames = []\n",
        "[[structure]]\nslug = \"xx\"\nkind = \"unit\"\nparent = \"secretariat\"\nopened = \"2030\"\n  [[structure.names]]\n  name = \"Future\"\n  [[structure.names]]\n  name = \"Renamed\"\n  from = \"2001\"\n",
    ] {
        let mut f = files();
        for (n, t) in f.iter_mut() {
            if n == "structures.toml" {
                t.push_str("\n");
                t.push_str(extra);
            }
        }
        match model::SiteDefinition::load(&model::SiteSources {
            root: "r".into(),
            files: f,
        }) {
            Ok(_) => println!("OK"),
            Err(e) => println!("{e}"),
        }
    }
}
