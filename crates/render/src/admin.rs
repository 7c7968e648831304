//! View models of the editorial workspace (`/admin`).

use askama::Template;

/// What every workspace page shares.
#[derive(Debug, Clone)]
pub struct AdminLayout {
    pub title: String,
    pub site_name: String,
    pub short_name: String,
    pub stylesheet: String,
    /// The signed-in account (none on the login page).
    pub account: Option<AccountBar>,
    /// A message after an action ("Logged out."), or empty.
    pub notice: String,
}

/// The signed-in account, shown in the header.
#[derive(Debug, Clone)]
pub struct AccountBar {
    pub email: String,
    pub role: String,
    pub is_admin: bool,
    /// The session's CSRF token, for the forms of the page.
    pub csrf: String,
}

#[derive(Template)]
#[template(path = "admin/login.html")]
pub struct LoginPage {
    pub admin: AdminLayout,
    pub csrf: String,
    pub next: String,
    pub email: String,
    pub error: String,
}

/// One item in the workspace's list.
#[derive(Debug, Clone)]
pub struct AdminItemRow {
    pub title: String,
    pub href: String,
    pub public: bool,
    pub status: String,
    pub status_label: String,
    pub date: String,
    pub date_iso: String,
    pub sources: String,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    pub admin: AdminLayout,
    /// Which items the list holds ("All items" or "Items of …").
    pub scope: String,
    pub items: Vec<AdminItemRow>,
}

#[derive(Debug, Clone)]
pub struct AuditRow {
    pub at: String,
    pub at_iso: String,
    pub actor: String,
    pub address: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub admin: AdminLayout,
    pub entries: Vec<AuditRow>,
    pub older: Option<String>,
}
