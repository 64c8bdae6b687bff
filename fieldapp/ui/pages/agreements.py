"""Grant agreements signed with initiative groups."""

from __future__ import annotations

from fieldapp.ui.list_page import ListPage
from fieldapp.ui.pages import register


@register
class AgreementsPage(ListPage):
    order = 60
    key = "agreements"
    icon_name = "mdi6.handshake-outline"
    list_name = "agreements"

    def title(self) -> str:
        return self.tr("Agreements")

    def empty_text(self) -> str:
        return self.tr("No grant agreements yet. An agreement is made for each funded application.")
