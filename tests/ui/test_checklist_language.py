"""Readiness checklist to GREEN, and the language switch."""

from __future__ import annotations

from desktop.core.checklist import ItemState


def test_ticking_every_required_item_turns_green(qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    window.go("checklist")
    page = window.pages["checklist"]
    qtbot.waitUntil(lambda: bool(page._items))
    assert "GREEN" not in page.banner.text() or "Chưa" in page.banner.text()
    required = [i.id for i in page._items.values() if i.required]
    for item_id in required:
        row = _tree_item(page, item_id)
        page.tree.setCurrentItem(row)
        page.state.setCurrentIndex(page.state.findData(ItemState.DONE.value))
        page.evidence.setText(f"QĐ số {item_id}/2025")
        with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
            page.save_button.click()
    qtbot.waitUntil(lambda: page.banner.text().startswith("XANH"))
    assert page.history.rowCount() == 1
    assert "QĐ số" in page.history.item(0, 3).text()


def test_the_evidence_in_a_criterion_history_is_in_sight_at_1366x768(qtbot, open_app,
                                                                    set_up_dir):
    window = open_app(set_up_dir)
    window.resize(1366, 768)
    window.go("checklist")
    page = window.pages["checklist"]
    qtbot.waitUntil(lambda: bool(page._items))
    item_id = next(i.id for i in page._items.values() if i.required)
    page.tree.setCurrentItem(_tree_item(page, item_id))
    page.state.setCurrentIndex(page.state.findData(ItemState.DONE.value))
    page.evidence.setText("Quyết định số 12/QĐ-UBND")
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        page.save_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1)
    history = page.history
    # the note/evidence column starts well inside what the panel shows, not scrolled away
    assert history.columnViewportPosition(3) + 120 <= history.viewport().width()


def _tree_item(page, item_id):
    from desktop.ui.qt import Qt

    for g in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(g)
        for c in range(group.childCount()):
            child = group.child(c)
            if child.data(0, Qt.ItemDataRole.UserRole) == item_id:
                return child
    raise AssertionError(item_id)


def test_language_switch_changes_visible_text(qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    assert window.nav.item(0).text() == "Tổng quan"
    window.go("settings")
    settings = window.pages["settings"]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        settings.language.setCurrentIndex(settings.language.findData("en"))
    assert window.nav.item(0).text() == "Overview"
    assert window.current_key() == "settings"
    settings = window.pages["settings"]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        settings.language.setCurrentIndex(settings.language.findData("vi"))
    assert window.nav.item(1).text() == "Hồ sơ"


def test_every_interface_string_has_a_finished_translation():
    import xml.etree.ElementTree as ET

    from desktop.paths import resource_path

    for language in ("vi", "en"):
        tree = ET.parse(resource_path("i18n", f"motcua_{language}.ts"))
        messages = list(tree.iter("message"))
        assert len(messages) > 250
        unfinished = [m.find("source").text for m in messages
                      if m.find("translation").get("type") in ("unfinished", "vanished",
                                                                "obsolete")]
        assert unfinished == [], language


def test_a_checklist_change_is_kept_as_a_draft_when_another_criterion_is_picked(
        qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    window.go("checklist")
    page = window.pages["checklist"]
    qtbot.waitUntil(lambda: bool(page._items))
    first, second = list(page._items)[:2]
    page.tree.setCurrentItem(_tree_item(page, first))
    page.state.setCurrentIndex(page.state.findData(ItemState.DONE.value))
    page.evidence.setText("QĐ số 12/2025")
    page.tree.setCurrentItem(_tree_item(page, second))
    assert page.evidence.text() == "" and page.draft_note.isHidden()
    page.tree.setCurrentItem(_tree_item(page, first))
    assert page.evidence.text() == "QĐ số 12/2025" and not page.draft_note.isHidden()
    assert page.state.currentData() == ItemState.DONE.value
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        page.save_button.click()
    qtbot.waitUntil(lambda: first not in page.drafts)
    assert page._items[first].evidence == "QĐ số 12/2025" and page.draft_note.isHidden()


def test_the_status_bar_speaks_the_new_language_after_a_switch(qtbot, open_app, set_up_dir,
                                                               tmp_path):
    """The status bar's own widgets outlive the rebuilt screens: its "Open folder" button, built
    once in Vietnamese, stayed Vietnamese in the English window."""
    window = open_app(set_up_dir)
    target = tmp_path / "dieu-kien.pdf"
    with qtbot.waitSignal(window.printer.saved, timeout=20_000):
        window.printer.checklist(target)
    assert window.open_folder.text() == "Mở thư mục"
    window.go("settings")
    settings = window.pages["settings"]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        settings.language.setCurrentIndex(settings.language.findData("en"))
    assert window.open_folder.isVisible() and window.open_folder.text() == "Open folder"
    assert window.saved_label.text() == f"Saved {target}"
    assert window.cancel_render.text() == "Cancel printing"
