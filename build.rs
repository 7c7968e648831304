//! Embeds the default site definition (`site/osce`) in the binary, so that `serve` works
//! from any working directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    // Tests that need a PostgreSQL server are compiled to run when one is named, and listed
    // as ignored (with the reason) otherwise; see crates/store/src/testing.rs.
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    println!("cargo:rerun-if-env-changed=COMMUNIQUE_TEST_POSTGRES");
    if std::env::var("COMMUNIQUE_TEST_POSTGRES").is_ok_and(|url| !url.trim().is_empty()) {
        println!("cargo:rustc-cfg=postgres_tests");
    }
    // The same for tests that need an S3-compatible server's command (crates/media/build.rs).
    println!("cargo::rustc-check-cfg=cfg(s3_tests)");
    println!("cargo:rerun-if-env-changed=COMMUNIQUE_TEST_S3");
    if std::env::var("COMMUNIQUE_TEST_S3").is_ok_and(|c| !c.trim().is_empty()) {
        println!("cargo:rustc-cfg=s3_tests");
    }
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("site").join("osce");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut code = String::from("pub const DEFAULT_SITE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .expect("inside root")
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .expect("write to string");
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded_site.rs");
    std::fs::write(out, code).expect("write embedded_site.rs");
}
