fn main() {
    // The migrations are embedded at compile time: a new or changed file must rebuild the
    // crate.
    println!("cargo:rerun-if-changed=migrations");
    // The tests' PostgreSQL runs are compiled in when a server is named (see
    // `src/testing.rs`); without one they are listed as ignored, with the reason.
    println!("cargo::rustc-check-cfg=cfg(postgres_tests)");
    println!("cargo:rerun-if-env-changed=COMMUNIQUE_TEST_POSTGRES");
    if std::env::var("COMMUNIQUE_TEST_POSTGRES").is_ok_and(|url| !url.trim().is_empty()) {
        println!("cargo:rustc-cfg=postgres_tests");
    }
}
