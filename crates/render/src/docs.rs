//! Project documents shown on the site, rendered from the Markdown in `docs/`.

use pulldown_cmark::{Options, Parser, html};

const API_MD: &str = include_str!("../../../docs/API.md");

/// docs/API.md as HTML (the Markdown is part of the binary, written by the project).
pub fn api_html() -> String {
    let mut out = String::with_capacity(API_MD.len() * 2);
    html::push_html(&mut out, Parser::new_ext(API_MD, Options::ENABLE_TABLES));
    out.replace(
        "<table>",
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>",
    )
    .replace("</table>", "</table></div>")
}

#[cfg(test)]
mod tests {
    #[test]
    fn api_documentation_renders_with_one_h1_and_tables() {
        let html = super::api_html();
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("<table>"));
        assert!(html.contains("/api/v1/items"));
    }
}
