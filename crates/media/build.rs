fn main() {
    // The object-store tests against an S3-compatible server are compiled to run when the
    // command of such a server is named (`COMMUNIQUE_TEST_S3=moto_server`), and listed as
    // ignored with the reason otherwise.
    println!("cargo::rustc-check-cfg=cfg(s3_tests)");
    println!("cargo:rerun-if-env-changed=COMMUNIQUE_TEST_S3");
    if std::env::var("COMMUNIQUE_TEST_S3").is_ok_and(|c| !c.trim().is_empty()) {
        println!("cargo:rustc-cfg=s3_tests");
    }
}
