"""Monitoring and acceptance visits to the funded projects' sites."""

from __future__ import annotations

from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register


@register
class SiteVisitsPage(ListPage):
    order = 70
    key = "site_visits"
    icon_name = "mdi6.map-marker-check-outline"
    list_name = "site_visits"

    def title(self) -> str:
        return self.tr("Site visits")

    def empty_text(self) -> str:
        return self.tr("No site visits yet. Visits are made to projects that have a signed agreement.")
