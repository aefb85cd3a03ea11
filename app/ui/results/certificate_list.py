"""Who gets a certificate: the class's students as a checkable list for the certificates dialog.

Students marked present at one session or more (`took_part`, the rule `print certificates` follows) come
first, ticked; unticking one leaves them out. Students never marked present follow, greyed, with no box and
the reason in their row, so a facilitator who counts heads sees everyone and knows why some have no
certificate, rather than wondering where they went.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from app.printing.report_cli import took_part
from app.store import Store
from app.store.students import students_in
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.results.look import GREY

NEVER = QT_TRANSLATE_NOOP("results.certificate_list", "never marked present")
NAME_ROLE, TOOK_PART_ROLE = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


class CertificateList(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.font_for_absent = QFont()
        self.font_for_absent.setItalic(True)

    def fill(self, store: Store, class_id: str) -> None:
        """Ticked rows for who took part, then greyed rows (nothing to tick) for who never came, with why."""
        self.clear()
        present = took_part(store, class_id)
        came = {s.id for s in present}
        never = translate("results.certificate_list", NEVER)
        for student in present:
            item = QStandardItem(student.display_name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(student.display_name, NAME_ROLE)
            item.setData(True, TOOK_PART_ROLE)
            self.appendRow(item)
        for student in (s for s in students_in(store, class_id) if s.id not in came):
            item = QStandardItem(f"{student.display_name} — {never}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed and without a box: there is nothing to choose
            item.setForeground(GREY)                 # the style's disabled grey is too faint to read
            item.setFont(self.font_for_absent)
            item.setData(student.display_name, NAME_ROLE)
            item.setData(False, TOOK_PART_ROLE)
            item.setToolTip(translate("results.certificate_list", "No certificate: certificates go to students "
                                      "marked present at one session or more."))
            item.setData(translate("results.certificate_list", "{name}, never marked present: no certificate").format(
                name=student.display_name), Qt.ItemDataRole.AccessibleTextRole)
            self.appendRow(item)

    def _items(self) -> list[QStandardItem]:
        return [self.item(row) for row in range(self.rowCount())]

    def took_part_names(self) -> list[str]:
        return [i.data(NAME_ROLE) for i in self._items() if i.data(TOOK_PART_ROLE)]

    def never_present_names(self) -> list[str]:
        return [i.data(NAME_ROLE) for i in self._items() if not i.data(TOOK_PART_ROLE)]

    def ticked_names(self) -> list[str]:
        return [i.data(NAME_ROLE) for i in self._items()
                if i.data(TOOK_PART_ROLE) and i.checkState() == Qt.CheckState.Checked]

    def tick(self, name: str, on: bool) -> None:
        for item in self._items():
            if item.data(TOOK_PART_ROLE) and item.data(NAME_ROLE) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def tick_all(self, on: bool) -> None:
        for name in self.took_part_names():
            self.tick(name, on)
